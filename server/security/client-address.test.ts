import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "~/server/security/client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("the client address of the per-client limits", () => {
  it("is the address the outermost trusted proxy saw: counted from the right, so a forged left entry changes nothing", () => {
    // Reached directly: Next.js wrote the socket's address.
    expect(clientAddress(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    // One proxy appended what it saw after whatever the client sent.
    expect(clientAddress(headers("1.2.3.4, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // Two proxies (load balancer, then nginx): the second from the right.
    expect(clientAddress(headers("1.2.3.4, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies: the leftmost there is.
    expect(clientAddress(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("puts an unreadable or missing address in one shared bucket rather than one per made-up value", () => {
    expect(clientAddress(headers(), 1)).toBe("unknown");
    expect(clientAddress(headers("1.2.3.4, not-an-ip"), 1)).toBe("unknown");
    expect(clientAddress(headers(""), 1)).toBe("unknown");
  });

  it("reads ports, brackets and IPv4-mapped forms, and counts an IPv6 network (/64) as one client", () => {
    expect(normaliseAddress("203.0.113.7:51000")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("[2001:db8:1:2::abcd]:443")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:DB8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
  });
});
