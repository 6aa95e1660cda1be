/**
 * First-load JavaScript (issue 16): for the learner's home, the catalogue, a course, a lesson and the mentor browser,
 * the JavaScript a first visit downloads, gzipped, measured from outside as a browser gets it: the page's HTML from
 * the production server (signed in as the demo learner), every `<script src>` and every script it preloads
 * (`<link rel="preload" as="script">`, `modulepreload`), each fetched once and gzip-sized (level 6, what servers and
 * CDNs use by default). The inline scripts (the page's server-rendered data for React) are counted apart.
 * Target: ≤ 150 KB per page. Prints one JSON line per page with its largest scripts.
 *
 * Starts the production server as the e2e suite runs it (scripts/bench/http.ts), or uses --url / BENCH_URL.
 *   npm run bench -- weight
 *   node --conditions=react-server --import tsx scripts/bench/weight.ts [--url http://localhost:3000]
 */
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { Client, startServer, type BenchServer } from "~/scripts/bench/http";
import { figure } from "~/scripts/bench/measure";

const LEARNER = "900101";
const TARGET_KB = 150;

/** The scripts a page's HTML makes the browser download, in document order, without repeats. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  // a `nomodule` script (Next's polyfills) is skipped by every browser that runs modules: not downloaded
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[0])?.[1];
    if (src && !/\bnomodule\b/i.test(m[0])) urls.add(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (/\brel="modulepreload"/.test(tag) || (/\brel="preload"/.test(tag) && /\bas="script"/.test(tag)))) urls.add(href);
  }
  return [...urls].map((u) => u.replaceAll("&amp;", "&"));
}

/** The bytes of the inline scripts (React's server-rendered payload and bootstrap), gzipped together. */
function inlineScriptBytes(html: string): { raw: number; gzip: number } {
  const text = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: "string" }, quick: { type: "boolean", default: false } }, strict: true });
  let server: BenchServer | null = null;
  let base = values.url ?? process.env.BENCH_URL;
  if (!base) {
    server = await startServer();
    if (!server) {
      console.log(JSON.stringify({ bench: "weight", skipped: "no production build (run `next build` first) and no --url of a running server" }));
      return 0;
    }
    base = server.url;
  }
  let failures = 0;
  try {
    const client = new Client(base);
    await client.signIn(LEARNER);
    const catalogue = await client.page("/courses");
    const coursePath = [...catalogue.html.matchAll(/<a\b[^>]*\bhref="(\/courses\/[^/?#"]+)"/g)].map((m) => m[1]!)[0] ?? "/courses/RESPECT";
    // A lesson page needs a course under way: the learner starts "Mentoring essentials" (Start is safe to repeat).
    const course = await client.fetch("/api/trpc/courses.start", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { courseId: await courseId(client, "MENTOR") } }),
    });
    await course.arrayBuffer();
    const pages: [string, string][] = [
      ["learner's home", "/"],
      ["catalogue", "/courses"],
      ["a course", coursePath],
      ["a lesson", "/learn/MENTOR/1"],
      ["mentor browser", "/mentoring/mentors"],
    ];
    const sizes = new Map<string, { raw: number; gzip: number }>();
    for (const [name, pathname] of pages) {
      const page = await client.page(pathname);
      if (page.status !== 200) {
        failures++;
        console.log(JSON.stringify({ bench: "weight", name, path: pathname, status: page.status, failed: true }));
        continue;
      }
      const scripts = scriptUrls(page.html);
      let raw = 0;
      let gzip = 0;
      const each: { url: string; kb: number }[] = [];
      for (const url of scripts) {
        let size = sizes.get(url);
        if (!size) {
          const res = await client.fetch(url);
          const body = Buffer.from(await res.arrayBuffer());
          if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
          size = { raw: body.length, gzip: gzipSync(body).length };
          sizes.set(url, size);
        }
        raw += size.raw;
        gzip += size.gzip;
        each.push({ url: url.replace(/^\/_next\/static\/chunks\//, ""), kb: kb(size.gzip) });
      }
      const inline = inlineScriptBytes(page.html);
      figure("weight", `first-load JS: ${name}`, [kb(gzip)], {
        unit: "KB gzip",
        target: TARGET_KB,
        extra: {
          path: pathname,
          scripts: scripts.length,
          rawKb: kb(raw),
          inlineGzipKb: kb(inline.gzip),
          htmlKb: kb(Buffer.byteLength(page.html)),
          largest: each.sort((a, b) => b.kb - a.kb).slice(0, 6).map((e) => `${e.url} ${e.kb}`),
        },
      });
    }
  } finally {
    await server?.stop();
  }
  return failures ? 1 : 0;
}

/** A course's id by its code, from the catalogue the learner sees (tRPC, superjson). */
async function courseId(client: Client, code: string): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ json: { q: code } }));
  const res = await client.fetch(`/api/trpc/courses.catalogue?input=${input}`);
  const body = (await res.json()) as { result?: { data?: { json?: unknown } } };
  const find = (value: unknown): string | undefined => {
    if (Array.isArray(value)) return value.map(find).find(Boolean);
    if (!value || typeof value !== "object") return undefined;
    const o = value as Record<string, unknown>;
    if (o.code === code && typeof o.id === "string") return o.id;
    return Object.values(o).map(find).find(Boolean);
  };
  const id = find(body.result?.data?.json);
  if (!id) throw new Error(`No course ${code} in the learner's catalogue (${res.status}).`);
  return id;
}

process.exitCode = await main();
