/**
 * Matching round benchmark: 1,000 mentees × 300 mentors (capacities 1–5, every mentee ranking 5; --quick: 100 × 30),
 * generated from a fixed seed, each algorithm run once to warm up and then 21 times (--quick: 6); prints one JSON
 * line per algorithm (scripts/bench/measure.ts).
 *   npx tsx --conditions=react-server scripts/bench/matching.ts            # the two algorithms as the admin runs them
 *   npx tsx --conditions=react-server scripts/bench/matching.ts --all-mentors   # also OPTIMAL with rankedOnly: false
 * Target: median under 2 s per algorithm on 2 cores.
 */
import { mulberry32 } from "../../lib/random";
import { figure, runsFor, scaled, timed } from "./measure";
import { GRADE_ORDER, compatibility } from "../../server/mentoring/compatibility";
import type { MatchMentee, MatchMentor } from "../../server/mentoring/compatibility";
import { matchingMetrics, reportingLineForbidden, runMatching } from "../../server/mentoring/matching";
import type { ForbiddenPairs, RunMatchingInput } from "../../server/mentoring/matching";

const SEED = 20_260_101;
const MENTEES = scaled(1000);
const MENTORS = scaled(300);

const GOALS = [
  "leadership", "negotiation", "IP law", "project management", "public speaking", "data analysis",
  "budgeting", "procurement", "policy writing", "career change", "people management", "digital skills",
  "evaluation", "fundraising", "partnerships", "communication", "coaching", "ethics", "security", "languages",
];
const LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt", "ja", "de"];

function generate(seed: number) {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const pool = [...items];
    for (let i = 0; i < k; i++) {
      const j = i + int(pool.length - i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, k);
  };
  const languages = () => ["en", ...sample(LANGUAGES.slice(1), int(3))];
  const person = (juniorBias: number) => ({
    languages: languages(),
    departmentId: `dept-${int(15)}`,
    sectorId: `sector-${int(6)}`,
    dutyStationId: `ds-${int(10)}`,
    grade: GRADE_ORDER[Math.min(GRADE_ORDER.length - 1, juniorBias + int(8))]!,
  });

  const mentors: MatchMentor[] = Array.from({ length: MENTORS }, (_, j) => ({
    id: `mentor-${String(j).padStart(4, "0")}`,
    expertise: sample(GOALS, 3 + int(4)),
    capacity: 1 + int(5),
    ...person(9),
  }));

  // Staff above mentees are partly mentors, so the reporting-line constraint actually bites.
  const managerOf = new Map<string, string | null>();
  const seniors = Math.ceil(MENTORS / 10);
  mentors.forEach((m, j) => managerOf.set(m.id, j < seniors ? null : mentors[int(seniors)]!.id));

  // Popular mentors attract many rankings, as in real cohorts: that is what makes the round hard.
  const popularity = mentors.map(() => random() ** 3);
  const totalPopularity = popularity.reduce((a, b) => a + b, 0);
  const drawMentor = () => {
    let x = random() * totalPopularity;
    for (let j = 0; j < MENTORS; j++) {
      x -= popularity[j]!;
      if (x <= 0) return mentors[j]!;
    }
    return mentors[MENTORS - 1]!;
  };

  const mentees: MatchMentee[] = Array.from({ length: MENTEES }, (_, i) => {
    const id = `mentee-${String(i).padStart(4, "0")}`;
    managerOf.set(id, random() < 0.3 ? mentors[int(MENTORS)]!.id : null);
    const base = {
      id,
      goals: sample(GOALS, 2 + int(3)),
      prefersOtherDepartment: random() < 0.4,
      prefersOtherSector: random() < 0.3,
      prefersOtherDutyStation: random() < 0.3 ? random() < 0.5 : null,
      ranking: [] as string[],
      ...person(0),
    };
    // A mentee browses ~15 profiles and ranks the 5 they like best (fit plus taste).
    const seen = new Map<string, number>();
    while (seen.size < Math.min(15, MENTORS)) {
      const m = drawMentor();
      if (!seen.has(m.id)) seen.set(m.id, compatibility(base, m).score + 4 * random());
    }
    base.ranking = [...seen].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([mentorId]) => mentorId);
    return base;
  });

  const forbidden: ForbiddenPairs = new Map(mentees.map((m) => [m.id, reportingLineForbidden(m.id, managerOf)]));
  return { mentees, mentors, forbidden };
}

const { mentees, mentors, forbidden } = generate(SEED);
const cases: { algorithm: RunMatchingInput["algorithm"]; rankedOnly?: boolean }[] = [
  { algorithm: "DEFERRED_ACCEPTANCE" },
  { algorithm: "OPTIMAL" },
];
if (process.argv.includes("--all-mentors")) cases.push({ algorithm: "OPTIMAL", rankedOnly: false });

for (const c of cases) {
  const { ms, last } = await timed(runsFor(21), async () => runMatching({ ...c, mentees, mentors, forbidden }));
  const metrics = matchingMetrics(last);
  figure("matching", `${c.algorithm === "OPTIMAL" ? "optimal" : "deferred acceptance"}${c.rankedOnly === false ? " (all mentors)" : ""} (${MENTEES} × ${MENTORS})`, ms, {
    target: 2000,
    extra: {
      mentees: MENTEES,
      mentors: MENTORS,
      matched: metrics.matched,
      firstChoice: metrics.firstChoice,
      top3: metrics.top3,
      avgScore: metrics.averageScore === null ? null : Math.round(metrics.averageScore * 100) / 100,
    },
  });
}
