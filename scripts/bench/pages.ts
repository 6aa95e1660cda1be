/**
 * Page-speed benchmark: how fast the server answers every page the e2e journeys visit, for each demo persona who
 * visits it, on the demo organisation. Target: median under 200 ms per page (issue 11, "Done when").
 *
 * Against a running production server (`--url`, or BENCH_URL), or else it starts one the way the e2e suite does
 * (scripts/e2e-server.ts: a fresh embedded database seeded with the demo organisation, then `next start` on the build
 * made beforehand by `next build`, honouring NEXT_DIST_DIR) and stops it at the end. Signs in through the demo sign-in
 * (PATHWAY_DEMO=1), then for each page: a few warm-up requests, then `--runs` timed GETs one after the other, each read
 * to its last byte. Read-only: it only signs in and reads pages.
 * Prints one JSON line per page (median, p95, time to first byte) and a summary line.
 *   npm run bench -- pages
 *   node --conditions=react-server --import tsx scripts/bench/pages.ts [--url http://localhost:3000] [--runs 21] [--warmup 3] [--only LEARNER,MENTOR]
 */
import { parseArgs } from "node:util";
import { median } from "~/scripts/bench/reports";
import { figure, quick, runsFor } from "~/scripts/bench/measure";
import { Client, startServer, type BenchServer } from "~/scripts/bench/http";

const TARGET_MEDIAN_MS = 200;

/** The demo accounts (prisma/seed/organisation.ts; e2e/fixtures.ts signs in as the same people). */
const PERSONAS = {
  LEARNER: "900101",
  MENTOR: "900102",
  MANAGER: "900103",
  LD_ADMIN: "900104",
  AUDITOR: "900105",
} as const;
type Persona = keyof typeof PERSONAS;

/**
 * A page: a path, or the first link matching `link` on the page `from` (for addresses holding an id). `optional`
 * when the demo may have no such link (a page measured only when it can be reached).
 */
type PageSpec = string | { name: string; from: string; link: RegExp; optional?: boolean };

// The pages e2e/*.spec.ts visit, by persona (kept in step with e2e/phone.spec.ts, which visits the same on a phone).
const PAGES: Record<Persona, PageSpec[]> = {
  LEARNER: [
    "/",
    "/courses",
    { name: "/courses/[code]", from: "/courses", link: /^\/courses\/[^/?#]+$/ },
    "/courses/RESPECT",
    { name: "/learn/[code]/[position]", from: "/", link: /^\/learn\/[^/?#]+\/\d+$/, optional: true },
    "/sessions",
    { name: "/sessions/[id]", from: "/sessions", link: /^\/sessions\/[^/?#]+$/ },
    "/history",
    "/compliance",
    { name: "/compliance/[requirementId]", from: "/compliance", link: /^\/compliance\/[^/?#]+$/ },
    "/mentoring",
    "/mentoring/mentors",
    { name: "/mentoring/mentors/[id]", from: "/mentoring/mentors", link: /^\/mentoring\/mentors\/[^/?#]+$/ },
    "/mentoring/profile",
    "/mentoring/requests",
    "/mentoring/pairings",
    "/coaching",
    "/notifications",
  ],
  MENTOR: [
    "/",
    "/mentoring",
    "/mentoring/inbox",
    "/mentoring/mentor-profile",
    "/mentoring/pairings",
    { name: "/mentoring/pairings/[id]", from: "/mentoring/pairings", link: /^\/mentoring\/pairings\/[^/?#]+$/ },
    "/coaching",
    "/notifications",
  ],
  MANAGER: ["/", "/team", "/history", "/notifications"],
  LD_ADMIN: [
    "/",
    "/admin/compliance",
    { name: "/admin/compliance/requirements/[id]", from: "/admin/compliance", link: /^\/admin\/compliance\/requirements\/(?!new$)[^/?#]+$/ },
    "/admin/compliance/people",
    "/admin/compliance/requirements/new",
    "/admin/compliance/settings",
    "/admin/courses",
    { name: "/admin/courses/[id]", from: "/admin/courses", link: /^\/admin\/courses\/(?!new$)[^/?#]+$/ },
    { name: "/admin/courses/[id]/preview/[position]", from: "/admin/courses/[id]", link: /^\/admin\/courses\/[^/?#]+\/preview\/\d+$/ },
    "/admin/courses/new",
    "/admin/sessions",
    { name: "/admin/sessions/[id]", from: "/admin/sessions", link: /^\/admin\/sessions\/(?!new$|assign$)[^/?#]+$/ },
    { name: "/sessions/[id]/attendance", from: "/admin/sessions/[id]", link: /^\/sessions\/[^/?#]+\/attendance$/, optional: true },
    "/admin/sessions/new",
    "/admin/records",
    "/admin/records/external",
    "/admin/imports",
    "/admin/categories",
    "/admin/outbox",
    { name: "/admin/outbox/[id]", from: "/admin/outbox", link: /^\/admin\/outbox\/[^/?#]+$/, optional: true },
    "/admin/mentoring",
    "/admin/mentoring/expertise",
    "/admin/mentoring/rematch",
    "/admin/mentoring/coaches",
    "/admin/mentoring/rounds",
    { name: "/admin/mentoring/rounds/[id]", from: "/admin/mentoring/rounds", link: /^\/admin\/mentoring\/rounds\/[^/?#]+$/ },
    "/reports",
    "/admin/api-tokens",
    "/notifications",
  ],
  AUDITOR: ["/", "/reports", "/admin/mentoring/stats?from=2019-07-01&to=2020-06-30", "/admin/compliance", "/admin/compliance/people", "/admin/records"],
};

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: "pages", ...record }));
}

/** Every link of a page, as written in its HTML. */
function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      runs: { type: "string", default: String(runsFor(21)) },
      warmup: { type: "string", default: quick ? "1" : "3" },
      only: { type: "string" },
      quick: { type: "boolean", default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < (quick ? 1 : 20)) throw new Error("--runs must be at least 20 (the target is on warm requests).");
  // --quick: the learner's pages only (the persona most people are), to check the benchmark in a minute
  const personas = (values.only ? values.only.split(",").map((p) => p.trim().toUpperCase()) : quick ? ["LEARNER"] : Object.keys(PERSONAS)) as Persona[];
  const unknown = personas.find((p) => !(p in PERSONAS));
  if (unknown) throw new Error(`Unknown persona "${unknown}"; choose from ${Object.keys(PERSONAS).join(", ")}.`);

  let server: BenchServer | null = null;
  let base = values.url ?? process.env.BENCH_URL;
  if (!base) {
    server = await startServer();
    if (!server) {
      line({ skipped: "no production build (run `next build` first) and no --url of a running server" });
      return 0;
    }
    base = server.url;
  }
  line({ step: "server", url: base, startedHere: server !== null });

  const results: { persona: Persona; page: string; medianMs: number }[] = [];
  let failures = 0;
  try {
    for (const persona of personas) {
      const client = new Client(base);
      const name = await client.signIn(PERSONAS[persona]);
      line({ step: "signed in", persona, name });
      // The HTML of each page visited, by its name: where the links to pages with ids are found.
      const html = new Map<string, string>();
      for (const spec of PAGES[persona]) {
        let pageName: string;
        let pathname: string;
        if (typeof spec === "string") {
          pageName = pathname = spec;
        } else {
          pageName = spec.name;
          const from = html.get(spec.from) ?? (await client.page(spec.from)).html;
          const found = links(from).find((href) => spec.link.test(href));
          if (!found) {
            if (!spec.optional) failures++;
            line({ persona, page: pageName, skipped: `no link matching ${spec.link} on ${spec.from}`, ...(spec.optional ? {} : { failed: true }) });
            continue;
          }
          pathname = found;
        }
        let last = await client.page(pathname);
        for (let i = 1; i < warmup; i++) last = await client.page(pathname);
        if (last.status !== 200) {
          failures++;
          line({ persona, page: pageName, path: pathname, status: last.status, failed: true });
          continue;
        }
        html.set(pageName, last.html);
        const ms: number[] = [];
        const ttfb: number[] = [];
        for (let i = 0; i < runs; i++) {
          const r = await client.page(pathname);
          if (r.status !== 200) throw new Error(`${pathname} answered ${r.status} on run ${i + 1} as ${persona}.`);
          ms.push(r.ms);
          ttfb.push(r.ttfbMs);
        }
        const m = median(ms);
        results.push({ persona, page: pageName, medianMs: m });
        figure("pages", `${persona} ${pageName}`, ms, {
          target: TARGET_MEDIAN_MS,
          extra: { path: pathname, kilobytes: Math.round(Buffer.byteLength(last.html) / 102.4) / 10, ttfbMedianMs: Math.round(median(ttfb) * 10) / 10 },
        });
      }
    }
  } finally {
    await server?.stop();
  }
  const slow = results.filter((r) => r.medianMs >= TARGET_MEDIAN_MS).sort((a, b) => b.medianMs - a.medianMs);
  line({
    step: "summary",
    pages: results.length,
    withinTarget: results.length - slow.length,
    failures,
    slowest: [...results].sort((a, b) => b.medianMs - a.medianMs).slice(0, 5).map((r) => `${r.persona} ${r.page}: ${Math.round(r.medianMs)} ms`),
    overTarget: slow.map((r) => `${r.persona} ${r.page}`),
  });
  return failures ? 1 : 0;
}

process.exitCode = await main();
