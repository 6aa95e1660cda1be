/**
 * The learner's home at 100,000 staff (issue 16): the data the server loads to render `/` for a learner — the actor
 * (as every page's requireActor loads it), the layout's navigation badges and every loader app/(app)/page.tsx calls
 * for a person with no other role, all at once as the page does — in the compliance benchmark's organisation
 * (`pathway_bench_compliance`, 100,000 staff; --quick: `pathway_bench_compliance_quick`, 10,000), on the date its
 * figures are taken. Target: ≤ 50 ms median for the whole page's data. Each loader is also timed alone, so a miss
 * names the slow one. If the database is missing, the compliance benchmark is run once to generate it.
 *   npm run bench -- home [--quick]
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { ensureDatabase, repoRoot, withDatabase } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { figure, quick, runsFor, timed } from "~/scripts/bench/measure";

parseArgs({ options: { quick: { type: "boolean", default: false } }, strict: true });

/** The compliance benchmark's organisation and date (scripts/bench/compliance.ts). */
const DATABASE = quick ? "pathway_bench_compliance_quick" : "pathway_bench_compliance";
const AS_OF = "2026-10-15";

async function exists(adminUrl: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

const database = await ensureDatabase({ ...process.env, DATABASE_URL: "" });
try {
  const adminUrl = withDatabase(database.url, "postgres");
  if (!(await exists(adminUrl))) {
    console.error(`home: ${DATABASE} is missing; running the compliance benchmark once to generate it`);
    const child = spawnSync(process.execPath, serverNodeArgs("scripts/bench/compliance.ts", ...(quick ? ["--quick"] : [])), {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", process.stderr, "inherit"],
    });
    if (child.status !== 0 || !(await exists(adminUrl))) throw new Error(`The compliance benchmark did not leave ${DATABASE}.`);
  }
  process.env.DATABASE_URL = withDatabase(adminUrl, DATABASE);

  const { db, disconnectDb } = await import("~/server/db");
  const { loadActor } = await import("~/server/auth/actor");
  const { navBadges } = await import("~/server/home/nav-badges");
  const { getProfile } = await import("~/server/people/people");
  const { myStates } = await import("~/server/compliance/dashboard");
  const { continueLearning, mentoringState, recentCompletions, upcomingSessions } = await import("~/server/home/learner");
  const { pathsForHome } = await import("~/server/paths/home");
  const { programmesForHome } = await import("~/server/programmes/home");
  const { licencesForHome } = await import("~/server/licences/home");
  const { evaluationsForHome } = await import("~/server/evaluations/home");
  try {
    const now = new Date(`${AS_OF}T09:00:00Z`);
    const locale = "en";
    // The learner the compliance benchmark times the home card for (the first staff member with a manager); only the
    // sections every learner gets are loaded (a manager's or a mentor's are not the learner's home).
    const person = await db.staff.findFirstOrThrow({
      where: { managerId: { not: null } },
      orderBy: { employeeId: "asc" },
      select: { id: true, employeeId: true },
    });
    const staff = await db.staff.count();
    const actor = (await loadActor(person.id))!;

    // What the page (and its layout) wait for, each alone.
    const loaders: [string, () => Promise<unknown>][] = [
      ["actor (requireActor)", () => loadActor(person.id)],
      ["navBadges (layout)", () => navBadges(actor)],
      ["getProfile", () => getProfile(actor.id)],
      ["myStates (compliance card)", () => myStates(actor.id, AS_OF, locale)],
      ["continueLearning", () => continueLearning(actor.id, 5, locale)],
      ["upcomingSessions", () => upcomingSessions(actor.id, now, 5, locale)],
      ["mentoringState", () => mentoringState(actor.id, now)],
      ["recentCompletions", () => recentCompletions(actor.id, 5, locale)],
      ["pathsForHome", () => pathsForHome(actor.id, now, locale)],
      ["programmesForHome", () => programmesForHome(actor.id, now, locale)],
      ["licencesForHome", () => licencesForHome(actor.id, now)],
      ["evaluationsForHome", () => evaluationsForHome(actor.id, now, locale)],
    ];
    const runs = runsFor(21);
    const each = new Map<string, number>();
    for (const [name, load] of loaders) {
      const { ms } = await timed(runs, load);
      each.set(name, Math.round((ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0) * 10) / 10);
    }
    // The whole page as it renders: the actor first, then the layout's and the page's loaders at once.
    const { ms } = await timed(runs, async () => {
      const a = (await loadActor(person.id))!;
      await Promise.all([navBadges(a), ...loaders.slice(2).map(([, load]) => load())]);
    });
    const slowest = [...each].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([name, p50]) => `${name}: ${p50} ms`);
    figure("home", `learner's home, the whole page's data (${staff} staff)`, ms, { target: 50, extra: { staff, asOf: AS_OF, eachP50: Object.fromEntries(each), slowest } });
  } finally {
    await disconnectDb();
  }
} finally {
  await database.stop();
}
