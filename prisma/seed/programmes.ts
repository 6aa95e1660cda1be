import { db } from "~/server/db";
import { addDays, parseIsoDate, toIsoDate } from "~/lib/dates";
import type { Eligibility } from "~/lib/programmes/eligibility-rules";
import { eligibilityOf, eligibilitySnapshot } from "~/server/programmes/eligibility";
import { createRng, type Rng } from "./random";

// The development programmes of the annual report: EMERGE (nine months, P3 women; its 2019–2020 cohort of ten
// completed participants) and I-seize (a year, P3–P5 women and General Service men; its 2019 cohort of five — four
// women, one man — with one-to-one coaching, group sessions, assessments and exercises), plus an I-seize call "2027"
// open on the seed's day with a few applications (some endorsed, some reviewed) and none from the demo learner, who is
// eligible (the end-to-end journey applies as her). Deterministic (own random seed); written in bulk.

type Person = { id: string; employeeId: string; gender: "F" | "M" | "X"; grade: string; hireDate: Date; managerId: string | null };
type Demo = Record<"LEARNER" | "MENTOR" | "MANAGER" | "LD_ADMIN" | "AUDITOR", { id: string }>;

const EMERGE: Eligibility = { alternatives: [[{ kind: "grade", grades: ["P3"] }, { kind: "gender", genders: ["F"] }]] };
const ISEIZE: Eligibility = {
  alternatives: [
    [
      { kind: "grade", grades: ["P3", "P4", "P5"] },
      { kind: "gender", genders: ["F"] },
    ],
    [
      { kind: "staffCategory", categories: ["G"] },
      { kind: "gender", genders: ["M"] },
    ],
  ],
};

const MOTIVATIONS = [
  "I lead a small team for the first time and want to grow into the role with confidence.",
  "I would like to prepare for a managerial post and learn from colleagues across the organisation.",
  "After eight years in my unit I want to take on broader responsibilities and lead projects.",
  "I coordinate work with external offices and need stronger negotiation and leadership skills.",
  "I want to build my network and learn to speak up in senior meetings.",
  "My supervisor encouraged me to develop my leadership potential through a structured programme.",
];
const GOALS = [
  "Lead a cross-divisional project within two years; give and receive feedback well.",
  "Prepare for a P4 post; strengthen strategic thinking and public speaking.",
  "Delegate more, coach my team, and manage conflicts early.",
  "Build a professional network outside my division and find a mentor.",
  "Manage a budget and a team of three; present results to senior management.",
];

const dateOf = (iso: string) => parseIsoDate(iso);
const pickOut = <T,>(rng: Rng, from: T[], n: number): T[] => {
  const pool = [...from];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
};

type ComponentSpec = { kind: "COACHING" | "GROUP_SESSION" | "ASSESSMENT"; title: string; coachingHours?: number; startsOn?: string; endsOn?: string };

/** The components' titles in French and Chinese (staff read Pathway in three languages). */
const COMPONENT_TITLES: Record<string, { fr: string; zh: string }> = {
  "360° feedback": { fr: "Feedback à 360°", zh: "360度反馈" },
  "Leadership workshops": { fr: "Ateliers de leadership", zh: "领导力工作坊" },
  "One-to-one coaching": { fr: "Coaching individuel", zh: "一对一辅导" },
  "Peer learning circles": { fr: "Cercles d’apprentissage entre pairs", zh: "同伴学习小组" },
  "Strengths and leadership assessment": { fr: "Évaluation des forces et du leadership", zh: "优势与领导力测评" },
  "Group sessions": { fr: "Séances de groupe", zh: "小组活动" },
  "Practical exercises between sessions": { fr: "Exercices pratiques entre les séances", zh: "活动间隙的实践练习" },
};

function componentTranslations(title: string) {
  const t = COMPONENT_TITLES[title];
  return t ? { fr: { title: t.fr }, zh: { title: t.zh } } : {};
}

async function createCohort(programmeId: string, c: { name: string; opensOn: string; closesOn: string; startsOn: string; endsOn: string; places: number; publishedOn?: string; completedOn?: string; publishedBy?: string }, components: ComponentSpec[]) {
  return db.programmeCohort.create({
    data: {
      programmeId,
      name: c.name,
      opensOn: dateOf(c.opensOn),
      closesOn: dateOf(c.closesOn),
      startsOn: dateOf(c.startsOn),
      endsOn: dateOf(c.endsOn),
      places: c.places,
      selectionPublishedAt: c.publishedOn ? new Date(`${c.publishedOn}T09:00:00Z`) : null,
      selectionPublishedBy: c.publishedOn ? (c.publishedBy ?? null) : null,
      completedAt: c.completedOn ? new Date(`${c.completedOn}T09:00:00Z`) : null,
      components: {
        create: components.map((k, i) => ({
          position: i + 1,
          kind: k.kind,
          title: k.title,
          translations: componentTranslations(k.title),
          coachingHours: k.coachingHours ?? null,
          startsOn: k.startsOn ? dateOf(k.startsOn) : null,
          endsOn: k.endsOn ? dateOf(k.endsOn) : null,
        })),
      },
    },
    select: { id: true, components: { select: { id: true, kind: true, coachingHours: true } } },
  });
}

type Outcome = "COMPLETED" | "NOT_SELECTED" | "SUBMITTED";

/** Applications with the eligibility verdict of their day; completed participants with every component completed. */
async function addApplications(
  rng: Rng,
  programme: { eligibility: Eligibility },
  cohort: Awaited<ReturnType<typeof createCohort>>,
  people: { person: Person; outcome: Outcome; submittedOn: string; endorsed: "ENDORSED" | "REQUESTED" | "DECLINED" | null }[],
  o: { decidedOn?: string; completedOn?: string; decidedBy?: string },
) {
  const verdicts = new Map<string, Awaited<ReturnType<typeof eligibilityOf>>>();
  for (const day of new Set(people.map((p) => p.submittedOn))) {
    verdicts.set(day, await eligibilityOf(people.filter((p) => p.submittedOn === day).map((p) => p.person.id), programme, dateOf(day)));
  }
  const rows = people.map(({ person, outcome, submittedOn, endorsed }) => {
    const managerId = person.managerId;
    const endorsement: "NOT_REQUIRED" | "ENDORSED" | "REQUESTED" | "DECLINED" = !managerId ? "NOT_REQUIRED" : (endorsed ?? "ENDORSED");
    const verdict = verdicts.get(submittedOn)!.get(person.id)!;
    return {
      cohortId: cohort.id,
      staffId: person.id,
      motivation: rng.pick(MOTIVATIONS),
      goals: rng.pick(GOALS),
      status: outcome,
      eligibility: eligibilitySnapshot(verdict, dateOf(submittedOn)),
      grade: person.grade,
      gender: person.gender,
      managerId,
      endorsement,
      endorsementComment: endorsement === "ENDORSED" ? "Strong performer; I support this application and will free time for the programme." : endorsement === "DECLINED" ? "Not this year: our unit is short-staffed during the move." : null,
      endorsedAt: endorsement === "ENDORSED" || endorsement === "DECLINED" ? new Date(`${addDays(submittedOn, 3)}T10:00:00Z`) : null,
      decidedAt: outcome === "SUBMITTED" || !o.decidedOn ? null : new Date(`${o.decidedOn}T09:00:00Z`),
      decidedById: outcome === "SUBMITTED" ? null : (o.decidedBy ?? null),
      completedAt: outcome === "COMPLETED" && o.completedOn ? new Date(`${o.completedOn}T09:00:00Z`) : null,
      submittedAt: new Date(`${submittedOn}T08:30:00Z`),
    };
  });
  await db.programmeApplication.createMany({ data: rows });
  const completed = await db.programmeApplication.findMany({ where: { cohortId: cohort.id, status: "COMPLETED" }, select: { id: true } });
  await db.programmeComponentProgress.createMany({
    data: completed.flatMap((a) =>
      cohort.components.map((k) => ({
        componentId: k.id,
        applicationId: a.id,
        status: "COMPLETED" as const,
        hours: k.kind === "COACHING" ? k.coachingHours : null,
        completedOn: o.completedOn ? dateOf(o.completedOn) : null,
      })),
    ),
  });
}

export async function seedProgrammes(ctx: { staff: Person[]; demo: Demo; asOf: Date; log?: (line: string) => void }) {
  const started = Date.now();
  if (await db.programme.findUnique({ where: { code: "EMERGE" }, select: { id: true } })) {
    ctx.log?.("Programmes: already seeded.");
    return;
  }
  const rng = createRng(20190401);
  const admin = ctx.demo.LD_ADMIN.id;
  const demoIds = new Set(Object.values(ctx.demo).map((d) => d.id));
  const others = ctx.staff.filter((s) => !demoIds.has(s.id)).sort((a, b) => a.employeeId.localeCompare(b.employeeId));
  const used = new Set<string>();
  const take = (n: number, where: (p: Person) => boolean) => {
    const chosen = pickOut(rng, others.filter((p) => where(p) && !used.has(p.id)), n);
    for (const c of chosen) used.add(c.id);
    return chosen;
  };
  const p3Women = (p: Person) => p.grade === "P3" && p.gender === "F";
  const pWomen = (p: Person) => ["P3", "P4", "P5"].includes(p.grade) && p.gender === "F";
  const gMen = (p: Person) => p.grade.startsWith("G") && p.gender === "M";

  // ── EMERGE ──
  const emerge = await db.programme.create({
    data: {
      code: "EMERGE",
      name: "EMERGE",
      summary: "Nine months preparing women at P3 for leadership: coaching, workshops and peer learning.",
      description:
        "EMERGE prepares P3 women for leadership roles. Over nine months, participants take part in leadership workshops, receive one-to-one coaching from the internal coaching network, complete a 360° feedback assessment and meet in peer learning circles.",
      translations: {
        fr: {
          summary: "Neuf mois pour préparer des femmes de grade P3 au leadership : coaching, ateliers et apprentissage entre pairs.",
          description:
            "EMERGE prépare des femmes de grade P3 à des fonctions de direction. Pendant neuf mois, les participantes suivent des ateliers de leadership, bénéficient d’un coaching individuel du réseau interne de coachs, réalisent une évaluation à 360° et se retrouvent en cercles d’apprentissage entre pairs.",
        },
        zh: {
          summary: "为期九个月，帮助P3职等女性为领导岗位做准备：辅导、工作坊和同伴学习。",
          description: "EMERGE帮助P3职等女性为领导岗位做准备。九个月中，参与者参加领导力工作坊，接受内部辅导网络的一对一辅导，完成360度反馈测评，并参加同伴学习小组。",
        },
      },
      durationMonths: 9,
      eligibility: EMERGE,
      status: "PUBLISHED",
      createdById: admin,
    },
    select: { id: true },
  });
  const emerge2019 = await createCohort(
    emerge.id,
    { name: "2019–2020", opensOn: "2019-03-01", closesOn: "2019-04-15", startsOn: "2019-06-03", endsOn: "2020-02-28", places: 10, publishedOn: "2019-05-15", completedOn: "2020-03-16", publishedBy: admin },
    [
      { kind: "ASSESSMENT", title: "360° feedback", startsOn: "2019-06-03", endsOn: "2019-06-28" },
      { kind: "GROUP_SESSION", title: "Leadership workshops", startsOn: "2019-06-17", endsOn: "2020-02-14" },
      { kind: "COACHING", title: "One-to-one coaching", coachingHours: 6, startsOn: "2019-07-01", endsOn: "2020-02-28" },
      { kind: "GROUP_SESSION", title: "Peer learning circles", startsOn: "2019-09-02", endsOn: "2020-02-28" },
    ],
  );
  await addApplications(
    rng,
    { eligibility: EMERGE },
    emerge2019,
    [
      ...take(10, p3Women).map((person) => ({ person, outcome: "COMPLETED" as const, submittedOn: "2019-03-20", endorsed: null })),
      ...take(4, p3Women).map((person) => ({ person, outcome: "NOT_SELECTED" as const, submittedOn: "2019-04-02", endorsed: null })),
    ],
    { decidedOn: "2019-05-15", completedOn: "2020-02-28", decidedBy: admin },
  );

  // ── I-seize ──
  const iseize = await db.programme.create({
    data: {
      code: "I-SEIZE",
      name: "I-seize",
      summary: "A year of coaching, group sessions and assessments for P3–P5 women and General Service men.",
      description:
        "I-seize supports the careers of P3–P5 women and General Service men. For a year, participants work with a coach one to one, meet in group sessions, take assessments of their strengths and complete practical exercises between sessions.",
      translations: {
        fr: {
          summary: "Un an de coaching, de séances de groupe et d’évaluations pour les femmes P3 à P5 et les hommes des services généraux.",
          description:
            "I-seize accompagne la carrière des femmes de grade P3 à P5 et des hommes des services généraux. Pendant un an, les participants travaillent avec un coach en individuel, se retrouvent en séances de groupe, évaluent leurs forces et réalisent des exercices pratiques entre les séances.",
        },
        zh: {
          summary: "为P3–P5职等女性和一般事务类男性提供为期一年的辅导、小组活动和测评。",
          description: "I-seize支持P3–P5职等女性和一般事务类男性的职业发展。一年中，参与者接受一对一辅导，参加小组活动，进行优势测评，并在活动间隙完成实践练习。",
        },
      },
      durationMonths: 12,
      eligibility: ISEIZE,
      status: "PUBLISHED",
      createdById: admin,
    },
    select: { id: true },
  });
  const iseizeComponents = (start: string, end: string): ComponentSpec[] => [
    { kind: "ASSESSMENT", title: "Strengths and leadership assessment", startsOn: start, endsOn: addDays(start, 30) },
    { kind: "COACHING", title: "One-to-one coaching", coachingHours: 8, startsOn: start, endsOn: end },
    { kind: "GROUP_SESSION", title: "Group sessions", startsOn: addDays(start, 14), endsOn: end },
    { kind: "ASSESSMENT", title: "Practical exercises between sessions", startsOn: addDays(start, 14), endsOn: end },
  ];
  const iseize2019 = await createCohort(
    iseize.id,
    { name: "2019", opensOn: "2019-01-14", closesOn: "2019-02-28", startsOn: "2019-04-01", endsOn: "2020-03-31", places: 5, publishedOn: "2019-03-20", completedOn: "2020-04-15", publishedBy: admin },
    iseizeComponents("2019-04-01", "2020-03-31"),
  );
  await addApplications(
    rng,
    { eligibility: ISEIZE },
    iseize2019,
    [
      ...take(4, pWomen).map((person) => ({ person, outcome: "COMPLETED" as const, submittedOn: "2019-02-04", endorsed: null })),
      ...take(1, gMen).map((person) => ({ person, outcome: "COMPLETED" as const, submittedOn: "2019-02-11", endorsed: null })),
      ...take(3, pWomen).map((person) => ({ person, outcome: "NOT_SELECTED" as const, submittedOn: "2019-02-18", endorsed: null })),
      ...take(1, gMen).map((person) => ({ person, outcome: "NOT_SELECTED" as const, submittedOn: "2019-02-25", endorsed: null })),
    ],
    { decidedOn: "2019-03-20", completedOn: "2020-03-31", decidedBy: admin },
  );

  // The 2027 call, open on the seed's day.
  const today = toIsoDate(ctx.asOf);
  const closesOn = addDays(today, 45);
  const startsOn = "2027-03-01" > closesOn ? "2027-03-01" : addDays(closesOn, 30);
  const endsOn = addDays(startsOn, 364);
  const call = await createCohort(iseize.id, { name: "2027", opensOn: addDays(today, -14), closesOn, startsOn, endsOn, places: 5 }, iseizeComponents(startsOn, endsOn));
  const submitted = (i: number) => addDays(today, -12 + i * 2);
  const applicants = [...take(4, (p) => pWomen(p) && p.managerId !== null), ...take(2, (p) => gMen(p) && p.managerId !== null)];
  const endorsements = ["ENDORSED", "ENDORSED", "REQUESTED", "ENDORSED", "REQUESTED", "DECLINED"] as const;
  await addApplications(
    rng,
    { eligibility: ISEIZE },
    call,
    applicants.map((person, i) => ({ person, outcome: "SUBMITTED" as const, submittedOn: submitted(i), endorsed: endorsements[i]! })),
    {},
  );
  const toReview = await db.programmeApplication.findMany({ where: { cohortId: call.id }, orderBy: { submittedAt: "asc" }, take: 3, select: { id: true } });
  const notes = ["Clear goals and strong support from the manager.", "Good motivation; would benefit from coaching on delegation.", "Promising; check the workload during the move."];
  await db.programmeReview.createMany({ data: toReview.map((a, i) => ({ applicationId: a.id, reviewerId: admin, score: [5, 4, 3][i]!, note: notes[i]! })) });

  ctx.log?.(`Programmes: EMERGE and I-seize with their completed 2019 cohorts, the I-seize 2027 call (${applicants.length} applications) in ${Date.now() - started} ms.`);
}
