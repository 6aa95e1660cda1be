import "server-only";
import { isIP } from "node:net";
import { env } from "~/server/env";

/**
 * The address a request came from, for the per-client rate limits. A route handler sees no socket: Next.js's own
 * server (`next start`, scripts/start.ts) writes the socket's address into X-Forwarded-For only when the request has
 * no such header (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`), and a
 * reverse proxy appends the address it received the request from (nginx's $proxy_add_x_forwarded_for, Traefik,
 * Azure/AWS load balancers). So the entries on the left are whatever the client wrote and only the right ones are
 * known: the client is the TRUSTED_PROXIES-th entry from the RIGHT (the address the outermost proxy saw), never the
 * leftmost, which anyone can forge. 0 and 1 read the same entry (the last): reached directly, it is Next's socket
 * address — unless the client sent the header itself, which no code can tell from the headers alone; that is why
 * production runs behind a proxy, and why the e-mail limit is also per address.
 */
export function clientAddress(headers: Headers, trustedProxies = env().TRUSTED_PROXIES): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  // Fewer entries than proxies: a proxy is missing or misconfigured; the leftmost is then the best there is.
  const entry = entries.at(-Math.min(Math.max(trustedProxies, 1), entries.length)) ?? headers.get("x-real-ip") ?? "";
  return normaliseAddress(entry);
}

/** One bucket per IPv4 address and per IPv6 /64 (one home or office network, which can hand out millions). */
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  // "[2001:db8::1]:443", "203.0.113.7:51000" (some proxies add the port)
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) address = mapped[1]!;
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind === 6) return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
  // Not an address: everything unreadable shares one bucket rather than one bucket per made-up value.
  return "unknown";
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:… handled above; 64:ff9b::1.2.3.4) counts as two groups; the /64 never reaches it.
  const rightGroups = right.flatMap((g) => (g.includes(".") ? ["0", "0"] : [g]));
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - rightGroups.length).fill("0");
  return [...left, ...zeros, ...rightGroups].map((g) => g.replace(/^0+(?=.)/, ""));
}
