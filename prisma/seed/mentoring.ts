// MentorNet's demo: the expertise list, ~40 mentors (the two demo mentors listed with free places), the 2019
// pilot's 21 pairs closed in late 2019 with their feedback, pairings running today with goals and meetings, a
// history of requests, an open cohort round with mentees' rankings (for L&D to run), the demo learner as a
// prospective mentee, and the coaching network's first period (22 staff, 73.5 hours, Jan–Jun 2020).
// Deterministic (own random seed), written with the client directly: domain modules are server-only.
import { Prisma } from "~/server/generated/prisma/client";
import { db } from "~/server/db";
import { addDays, addMonths, parseIsoDate, toIsoDate } from "~/lib/dates";
import { DEFAULT_WEIGHTS, compatibility, type MatchMentee, type MatchMentor } from "~/server/mentoring/compatibility";
import { recordParticipation } from "~/server/records/ledger";
import { createRng, type Rng } from "./random";

type Person = {
  id: string;
  employeeId: string;
  fullName: string;
  grade: string;
  departmentId: string;
  sectorId: string;
  dutyStationId: string;
  managerId: string | null;
};

const DAY = 86_400_000;
const at = (iso: string) => parseIsoDate(iso);

export const EXPERTISE_AREAS = [
  "Negotiation",
  "Leadership",
  "Intellectual property law",
  "Project management",
  "Career moves",
  "Returning from leave",
  "People management",
  "Public speaking",
  "Budget and finance",
  "Digital skills",
  "Working across cultures",
  "Data and analytics",
  "Patent examination",
  "Wellbeing and resilience",
] as const;

const BIO_OPENINGS = [
  "I joined the organisation {years} years ago and have worked in three divisions since.",
  "Before the organisation I worked in a national IP office; here for {years} years.",
  "{years} years of work across Geneva and the external offices, most of it with member states.",
  "I lead a small team and remember well how hard the first year as a manager was.",
  "I moved from General Service to Professional grades, and am happy to talk about how.",
];
const BIO_OFFERS = [
  "I can help you prepare a difficult negotiation or a first meeting with a delegation.",
  "I like helping colleagues think through a career move, a new role or a return from leave.",
  "Happy to share what I have learnt about leading people through change.",
  "I offer a sounding board, honest questions and a network across sectors.",
  "We can work on presenting with confidence, in a room or in a webinar.",
];
const GOAL_TEXTS = [
  "I am preparing to lead a team for the first time.",
  "I would like to move to another sector within two years.",
  "I want to become more confident negotiating with member states.",
  "I am coming back from parental leave and want to find my feet again.",
  "I would like to understand how projects are run across the organisation.",
  "",
];
const TOPICS = [
  "Goals for the pairing and how we will work",
  "Preparing a negotiation with a delegation",
  "Career options in the next two years",
  "Feedback on a presentation",
  "Managing a difficult conversation",
  "Building a network in another sector",
  "Balancing workload and wellbeing",
  "Review of progress against goals",
];
const FEEDBACK = [
  "Very helpful: I gained confidence and a clearer plan.",
  "Good conversations; we should have met more often.",
  "My mentor opened doors I did not know existed.",
  "Useful, although our schedules made it hard at times.",
  "An excellent experience; I would recommend it to any colleague.",
  "",
];

function pickSome<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

function chainOf(id: string, managerOf: ReadonlyMap<string, string | null>): Set<string> {
  const above = new Set<string>();
  let m = managerOf.get(id) ?? null;
  while (m && !above.has(m) && m !== id) {
    above.add(m);
    m = managerOf.get(m) ?? null;
  }
  return above;
}

export async function seedMentoring(
  opts: { staff: readonly Person[]; asOf: Date; log?: (line: string) => void },
): Promise<void> {
  const started = Date.now();
  const rng = createRng(20191130);
  const { staff, asOf } = opts;
  const today = toIsoDate(asOf);
  const byEmployee = new Map(staff.map((s) => [s.employeeId, s]));
  const managerOf = new Map(staff.map((s) => [s.id, s.managerId]));
  const amina = byEmployee.get("900101")!;
  const carlos = byEmployee.get("900102")!;
  const ngozi = byEmployee.get("900106")!;
  const demoEmployeeIds = ["900101", "900102", "900103", "900104", "900105", "900106"];
  const demoNames = new Set(demoEmployeeIds.map((e) => byEmployee.get(e)?.fullName));
  // The demo accounts, and any generated namesake of theirs, stay out of the random picks: two "Carlos García" in the list would confuse.
  const demoIds = new Set(staff.filter((s) => demoEmployeeIds.includes(s.employeeId) || demoNames.has(s.fullName)).map((s) => s.id));

  // ── Expertise list ──
  await db.expertiseArea.createMany({ data: EXPERTISE_AREAS.map((name) => ({ name, createdAt: at("2019-11-04") })), skipDuplicates: true });
  const areaId = new Map((await db.expertiseArea.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]));

  // ── Mentors ──
  type MentorSeed = { person: Person; expertise: string[]; languages: string[]; capacity: number; listed: boolean; pausedUntil: string | null; years: number; bio: string };
  const mentors: MentorSeed[] = [
    {
      person: carlos,
      expertise: ["Negotiation", "Intellectual property law", "Career moves", "Leadership"],
      languages: ["en", "es", "fr"],
      capacity: 3,
      listed: true,
      pausedUntil: null,
      years: 22,
      bio: "Copyright lawyer; twenty years across Geneva and regional offices. I have negotiated treaties texts line by line and helped many colleagues prepare their first delegation meeting. Happy to mentor in English, Spanish or French.",
    },
    {
      person: ngozi,
      expertise: ["Negotiation", "Leadership", "Project management", "Working across cultures"],
      languages: ["en", "fr"],
      capacity: 2,
      listed: true,
      pausedUntil: null,
      years: 17,
      bio: "I run technical assistance projects with the Regional Bureaus and have led teams in Geneva and Abuja. I enjoy helping colleagues who are about to manage people or a project for the first time, and those who work with many cultures at once.",
    },
  ];
  const seniors = staff.filter((s) => ["P4", "P5", "D1"].includes(s.grade) && !demoIds.has(s.id));
  const languagePool = ["fr", "fr", "fr", "es", "es", "ar", "zh", "ru", "pt", "de"];
  for (const person of pickSome(rng, seniors, 38)) {
    const years = rng.int(8, 30);
    const i = mentors.length;
    mentors.push({
      person,
      expertise: pickSome(rng, EXPERTISE_AREAS, rng.int(2, 5)),
      languages: ["en", ...new Set(pickSome(rng, languagePool, rng.int(0, 2)))],
      capacity: rng.int(1, 4),
      // A few are unlisted (not trained yet) or paused (mission, leave).
      listed: i % 13 !== 5,
      pausedUntil: i % 11 === 7 ? addDays(today, rng.int(20, 90)) : null,
      years,
      bio: `${rng.pick(BIO_OPENINGS).replace("{years}", String(years))} ${rng.pick(BIO_OFFERS)}`,
    });
  }
  const mentorCourse = await db.course.findUnique({ where: { code: "MENTOR" }, select: { id: true, categoryId: true, mode: true, trainingDays: true } });
  for (const [i, m] of mentors.entries()) {
    const trainedOn = addDays("2019-01-14", i < 24 ? rng.int(0, 40) : rng.int(400, 2000));
    const listedAt = parseIsoDate(trainedOn < today ? trainedOn : today);
    await db.mentorProfile.upsert({
      where: { staffId: m.person.id },
      create: {
        staffId: m.person.id,
        bio: m.bio,
        capacity: m.capacity,
        languages: m.languages,
        yearsExperience: m.years,
        listed: m.listed,
        listedAt: m.listed ? listedAt : null,
        pausedUntil: m.pausedUntil ? at(m.pausedUntil) : null,
        lastActiveAt: new Date(asOf.getTime() - rng.int(1, 40) * DAY),
        createdAt: listedAt,
        expertise: { connect: m.expertise.map((name) => ({ id: areaId.get(name)! })) },
      },
      update: {},
    });
    // Listed mentors completed the mentor course (pilot mentors in early 2019, before Pathway: imported history).
    if (m.listed && mentorCourse && trainedOn < today) {
      await recordParticipation(db, {
        staffId: m.person.id,
        courseId: mentorCourse.id,
        categoryId: mentorCourse.categoryId,
        mode: mentorCourse.mode,
        startDate: at(trainedOn),
        endDate: at(trainedOn),
        trainingDays: mentorCourse.trainingDays.toString(),
        status: "COMPLETED",
        source: "IMPORT",
        sourceKey: `import:${m.person.employeeId}|MENTOR|${trainedOn}`,
      });
    }
  }
  const mentorById = new Map(mentors.map((m) => [m.person.id, m]));
  const matchMentor = (m: MentorSeed): MatchMentor => ({
    id: m.person.id,
    expertise: m.expertise,
    languages: m.languages,
    departmentId: m.person.departmentId,
    sectorId: m.person.sectorId,
    dutyStationId: m.person.dutyStationId,
    grade: m.person.grade,
    capacity: m.capacity,
  });

  // ── Mentees: the demo learner, the pilot's, today's and the open round's ──
  type MenteeSeed = { person: Person; goals: string[]; languages: string[]; otherDepartment: boolean; otherSector: boolean; otherDutyStation: boolean | null; months: number; goalsText: string };
  const mentees = new Map<string, MenteeSeed>();
  const addMentee = async (m: MenteeSeed, createdAt: Date) => {
    mentees.set(m.person.id, m);
    await db.menteeProfile.create({
      data: {
        staffId: m.person.id,
        goalsText: m.goalsText,
        languages: m.languages,
        prefersOtherDepartment: m.otherDepartment,
        prefersOtherSector: m.otherSector,
        prefersOtherDutyStation: m.otherDutyStation,
        desiredDurationMonths: m.months,
        guidelinesSeenAt: createdAt,
        createdAt,
        goals: { connect: m.goals.map((g) => ({ id: areaId.get(g)! })) },
      },
    });
  };
  const randomMentee = (person: Person): MenteeSeed => ({
    person,
    goals: pickSome(rng, EXPERTISE_AREAS, rng.int(1, 3)),
    languages: ["en", ...new Set(pickSome(rng, languagePool, rng.int(0, 1)))],
    otherDepartment: rng.chance(0.4),
    otherSector: rng.chance(0.3),
    otherDutyStation: rng.chance(0.7) ? null : rng.chance(0.5),
    months: rng.pick([3, 6, 6, 6, 9, 12]),
    goalsText: rng.pick(GOAL_TEXTS),
  });
  const matchMentee = (m: MenteeSeed, ranking: string[] = []): MatchMentee => ({
    id: m.person.id,
    managerChain: [...chainOf(m.person.id, managerOf)],
    goals: m.goals,
    languages: m.languages,
    departmentId: m.person.departmentId,
    sectorId: m.person.sectorId,
    dutyStationId: m.person.dutyStationId,
    grade: m.person.grade,
    prefersOtherDepartment: m.otherDepartment,
    prefersOtherSector: m.otherSector,
    prefersOtherDutyStation: m.otherDutyStation,
    ranking,
  });
  const allowed = (menteeId: string, mentorId: string) => menteeId !== mentorId && !chainOf(menteeId, managerOf).has(mentorId);
  const mentorIds = new Set(mentors.map((m) => m.person.id));
  const juniors = staff.filter((s) => ["G5", "G6", "G7", "P2", "P3", "P4", "NO-B"].includes(s.grade) && !demoIds.has(s.id) && !mentorIds.has(s.id));
  const juniorPool = pickSome(rng, juniors, 21 + 8 + 26);
  const pilotMentees = juniorPool.slice(0, 21);
  const activeMentees = juniorPool.slice(21, 29);
  const roundMentees = juniorPool.slice(29);

  await addMentee(
    {
      person: amina,
      goals: ["Negotiation", "Leadership", "Career moves"],
      languages: ["en", "fr"],
      otherDepartment: true,
      otherSector: true,
      otherDutyStation: null,
      months: 6,
      goalsText: "I am a patent examiner preparing to lead a small team, and I would like to become more confident in negotiations with applicants and offices.",
    },
    new Date(asOf.getTime() - 9 * DAY),
  );

  const pairingRows: Prisma.PairingCreateManyInput[] = [];
  const meetingRows: Prisma.PairingMeetingCreateManyInput[] = [];
  const goalRows: Prisma.PairingGoalCreateManyInput[] = [];
  const feedbackRows: Prisma.PairingFeedbackCreateManyInput[] = [];
  const requestRows: Prisma.MentoringRequestCreateManyInput[] = [];
  const why = (mentee: MenteeSeed, mentor: MentorSeed) => compatibility(matchMentee(mentee), matchMentor(mentor), DEFAULT_WEIGHTS);
  const meetings = (pairingId: string, mentee: Person, mentor: Person, from: string, to: string, count: number) => {
    const span = Math.max(1, (parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY);
    for (let k = 0; k < count; k++) {
      const heldOn = addDays(from, Math.min(Math.floor(span), Math.round(((k + 0.5) * span) / count)));
      if (heldOn > today) break;
      meetingRows.push({
        pairingId,
        authorId: k % 3 === 2 ? mentor.id : mentee.id,
        heldOn: at(heldOn),
        minutes: rng.pick([45, 60, 60, 60, 75, 90]),
        topics: k === 0 ? TOPICS[0]! : rng.pick(TOPICS.slice(1)),
        notes: rng.chance(0.5) ? "Agreed next steps; I will send a short update before our next meeting." : "",
        notesShared: rng.chance(0.5),
        createdAt: at(heldOn),
      });
    }
  };

  // ── The 2019 pilot: 21 pairs matched by L&D in January, closed in late 2019 ──
  const pilot = await db.matchingRound.create({
    data: {
      name: "Mentoring pilot 2019",
      status: "PUBLISHED",
      closesOn: at("2019-01-11"),
      algorithm: "DEFERRED_ACCEPTANCE",
      weights: { ...DEFAULT_WEIGHTS },
      createdAt: at("2018-12-03"),
      publishedAt: at("2019-01-14"),
    },
  });
  const pilotMentors = mentors.slice(0, 24).filter((m) => m.person.id !== ngozi.id);
  const pilotScores: number[] = [];
  let pilotFirstChoice = 0;
  for (const [i, person] of pilotMentees.entries()) {
    const mentee = randomMentee(person);
    await addMentee(mentee, at("2018-12-10"));
    const mentor = pilotMentors.find((m, j) => j >= i % pilotMentors.length && allowed(person.id, m.person.id)) ?? pilotMentors.find((m) => allowed(person.id, m.person.id))!;
    const ranking = [mentor.person.id, ...pickSome(rng, pilotMentors.filter((m) => m !== mentor && allowed(person.id, m.person.id)), 3).map((m) => m.person.id)];
    const firstChoice = i % 7 !== 3;
    if (!firstChoice) ranking.splice(0, 2, ranking[1]!, ranking[0]!);
    await db.matchingRoundEntry.create({ data: { roundId: pilot.id, menteeId: person.id, ranking, submittedAt: at("2019-01-08"), matched: true } });
    const { score, reasons } = compatibility(matchMentee(mentee, ranking), matchMentor(mentor), DEFAULT_WEIGHTS);
    pilotScores.push(score);
    if (firstChoice) pilotFirstChoice++;
    const early = i % 8 === 5;
    const closedOn = early ? addDays("2019-09-02", rng.int(0, 30)) : addDays("2019-11-18", rng.int(0, 30));
    const id = `pair_pilot_${i + 1}`;
    pairingRows.push({
      id,
      menteeId: person.id,
      mentorId: mentor.person.id,
      origin: "ROUND",
      roundId: pilot.id,
      reasons: reasons as unknown as Prisma.InputJsonValue,
      score,
      status: "CLOSED",
      durationMonths: 12,
      proposedAt: at("2019-01-14"),
      menteeConfirmedAt: at("2019-01-16"),
      mentorConfirmedAt: at("2019-01-17"),
      startedOn: at("2019-01-21"),
      endsOn: at("2020-01-21"),
      closedOn: at(closedOn),
      outcome: early ? "ENDED_EARLY" : "COMPLETED",
      closeReason: early ? rng.pick(["SCHEDULES", "ROLE_CHANGE", "NOT_A_GOOD_FIT"] as const) : "GOALS_MET",
      closedById: mentor.person.id,
      createdAt: at("2019-01-14"),
    });
    goalRows.push(
      { pairingId: id, title: rng.pick(["Prepare for a P4 post", "Lead my first project", "Negotiate with confidence", "Build a network in another sector"]), progress: early ? 50 : 100, createdById: person.id, createdAt: at("2019-02-04") },
      { pairingId: id, title: rng.pick(["Present at a member-state meeting", "Agree a development plan with my manager", "Improve my French"]), progress: early ? 25 : rng.pick([75, 100]), createdById: mentor.person.id, createdAt: at("2019-02-04") },
    );
    meetings(id, person, mentor.person, "2019-01-28", closedOn, early ? 5 : rng.int(7, 10));
    for (const [author, side] of [
      [person, "mentee"],
      [mentor.person, "mentor"],
    ] as const) {
      const rating = early ? rng.int(2, 4) : rng.pick([4, 4, 5, 5, 5, 3]);
      feedbackRows.push({
        pairingId: id,
        authorId: author.id,
        rating,
        comment: side === "mentee" ? rng.pick(FEEDBACK) : "",
        rematchRequested: early && side === "mentee",
        rematchResolvedAt: early && i % 16 === 5 ? at(addDays(closedOn, 20)) : null,
        createdAt: new Date(at(closedOn).getTime() + rng.int(0, 6) * DAY + 10 * 3600_000),
      });
    }
  }

  const pilotAverage = Math.round((pilotScores.reduce((a, b) => a + b, 0) / pilotScores.length) * 1000) / 1000;
  await db.matchingRound.update({
    where: { id: pilot.id },
    data: { result: { entrants: pilotMentees.length, matched: pilotMentees.length, firstChoice: pilotFirstChoice, top3: pilotMentees.length, unmatched: 0, alreadyPaired: 0, averageScore: pilotAverage } },
  });

  // ── Pairings running today (started 1–7 months ago), each from an accepted request ──
  const busyMentors = mentors.filter((m) => m.listed && !m.pausedUntil && m.person.id !== ngozi.id);
  const load = new Map<string, number>();
  for (const [i, person] of activeMentees.entries()) {
    const mentee = randomMentee(person);
    // Carlos mentors one colleague already (one of his three places); others fill up, some to capacity.
    const mentor =
      i === 0
        ? mentorById.get(carlos.id)!
        : (busyMentors.find((m) => m.person.id !== carlos.id && (load.get(m.person.id) ?? 0) < m.capacity && allowed(person.id, m.person.id) && (m.capacity === 1 || i % 2 === 0)) ??
          busyMentors.find((m) => m.person.id !== carlos.id && (load.get(m.person.id) ?? 0) < m.capacity && allowed(person.id, m.person.id))!);
    load.set(mentor.person.id, (load.get(mentor.person.id) ?? 0) + 1);
    const startedOn = addDays(today, -rng.int(30, 210));
    const sent = new Date(at(startedOn).getTime() - rng.int(1, 9) * DAY - 5 * 3600_000);
    await addMentee(mentee, new Date(sent.getTime() - 2 * DAY));
    const requestId = `req_active_${i + 1}`;
    requestRows.push({
      id: requestId,
      menteeId: person.id,
      mentorId: mentor.person.id,
      message: "I read your profile and would very much like to work with you on the goals in my profile. Thank you for considering it.",
      durationMonths: mentee.months,
      status: "ACCEPTED",
      createdAt: sent,
      expiresAt: new Date(sent.getTime() + 14 * DAY),
      respondedAt: at(startedOn),
      closedAt: at(startedOn),
    });
    const { score, reasons } = why(mentee, mentor);
    const id = `pair_active_${i + 1}`;
    const endsOn = addMonths(startedOn, mentee.months);
    pairingRows.push({
      id,
      menteeId: person.id,
      mentorId: mentor.person.id,
      origin: "REQUEST",
      requestId,
      reasons: reasons as unknown as Prisma.InputJsonValue,
      score,
      status: "ACTIVE",
      durationMonths: mentee.months,
      proposedAt: sent,
      menteeConfirmedAt: sent,
      mentorConfirmedAt: at(startedOn),
      startedOn: at(startedOn),
      endsOn: at(endsOn),
      createdAt: at(startedOn),
    });
    goalRows.push({ pairingId: id, title: rng.pick(["Prepare for a team lead role", "Map my options for a move to another sector", "Negotiate a project plan with two divisions"]), progress: rng.pick([0, 25, 50]), createdById: person.id, createdAt: at(startedOn) });
    meetings(id, person, mentor.person, addDays(startedOn, 7), today, rng.int(1, 5));
  }

  // ── Other requests of the past year: declined, expired, withdrawn (response times, "answered in 7 days") ──
  const reasonsPool = ["FULL", "OUTSIDE_EXPERTISE", "NEED_MORE_INFORMATION", "OTHER"] as const;
  for (let i = 0; i < 18; i++) {
    const person = roundMentees[i % roundMentees.length]!;
    const mentor = rng.pick(mentors.filter((m) => m.listed && allowed(person.id, m.person.id) && m.person.id !== ngozi.id));
    const sent = new Date(asOf.getTime() - rng.int(40, 330) * DAY);
    const kind = i % 6 === 5 ? "EXPIRED" : i % 9 === 4 ? "WITHDRAWN" : "DECLINED";
    const answered = new Date(sent.getTime() + rng.int(4, 200) * 3600_000);
    const reason = rng.pick(reasonsPool);
    requestRows.push({
      menteeId: person.id,
      mentorId: mentor.person.id,
      message: "I would like to work with you on my goals for the coming months; my profile says more.",
      durationMonths: 6,
      status: kind,
      declineReason: kind === "DECLINED" ? reason : null,
      declineText: kind === "DECLINED" && reason === "OTHER" ? "I am on mission for most of the coming quarter." : null,
      withdrawReason: kind === "WITHDRAWN" ? "BY_MENTEE" : null,
      createdAt: sent,
      expiresAt: new Date(sent.getTime() + 14 * DAY),
      respondedAt: kind === "DECLINED" ? answered : null,
      closedAt: kind === "EXPIRED" ? new Date(sent.getTime() + 14 * DAY) : kind === "WITHDRAWN" ? new Date(sent.getTime() + 3 * DAY) : answered,
    });
  }

  // ── The demo mentor's inbox: one request from a pilot mentee (outside the open round) waiting for his answer, so
  // his home page has a request to show with its expiry (no random draw: everyone else's data stays the same) ──
  const asker = pilotMentees.find((p) => allowed(p.id, carlos.id));
  if (asker) {
    requestRows.push({
      id: "req_open_demo_mentor",
      menteeId: asker.id,
      mentorId: carlos.id,
      message: "We met at the pilot's closing session; I would like to work with you on negotiation before my first delegation meeting.",
      durationMonths: 6,
      status: "OPEN",
      createdAt: new Date(asOf.getTime() - 2 * DAY),
      expiresAt: new Date(asOf.getTime() + 12 * DAY),
    });
  }

  // ── The open cohort round: mentees have ranked 3–5 mentors; popular mentors are over-asked ──
  const round = await db.matchingRound.create({
    data: {
      name: `Cohort ${asOf.getUTCFullYear() + 1}`,
      status: "OPEN",
      closesOn: at(addDays(today, 10)),
      algorithm: "DEFERRED_ACCEPTANCE",
      weights: { ...DEFAULT_WEIGHTS },
      createdAt: new Date(asOf.getTime() - 18 * DAY),
    },
  });
  // The demo mentors stay out of the round, so that its publication never takes the places the open-mode journey uses.
  const roundMentors = mentors.filter((m) => m.listed && !m.pausedUntil && m.person.id !== carlos.id && m.person.id !== ngozi.id && (load.get(m.person.id) ?? 0) < m.capacity);
  const popular = roundMentors.slice(0, 6);
  for (const [i, person] of roundMentees.entries()) {
    const mentee = randomMentee(person);
    await addMentee(mentee, new Date(asOf.getTime() - rng.int(12, 17) * DAY));
    const candidates = roundMentors.filter((m) => allowed(person.id, m.person.id));
    // Each mentee looks at a few popular mentors and a few others, and ranks by how well they fit (plus taste).
    const seen = [...new Set([...pickSome(rng, popular.filter((m) => candidates.includes(m)), 5), ...pickSome(rng, candidates, 2)])];
    const ranking = seen
      .map((m) => ({ id: m.person.id, s: why(mentee, m).score + rng.next() * 4 }))
      .sort((a, b) => b.s - a.s)
      .slice(0, rng.int(2, 4))
      .map((x) => x.id);
    await db.matchingRoundEntry.create({ data: { roundId: round.id, menteeId: person.id, ranking, submittedAt: new Date(asOf.getTime() - rng.int(1, 12) * DAY - i * 3600_000) } });
  }

  await db.mentoringRequest.createMany({ data: requestRows });
  await db.pairing.createMany({ data: pairingRows });
  await db.pairingGoal.createMany({ data: goalRows });
  await db.pairingMeeting.createMany({ data: meetingRows });
  await db.pairingFeedback.createMany({ data: feedbackRows });

  // ── Coaching network: six coaches; 22 staff received 73.5 hours between January and June 2020, and some since ──
  const coachPeople = pickSome(
    rng,
    staff.filter((s) => ["P4", "P5"].includes(s.grade) && !demoIds.has(s.id) && !mentorIds.has(s.id)),
    6,
  );
  const coaches = [];
  for (const person of coachPeople) {
    coaches.push(
      await db.coach.create({
        data: {
          staffId: person.id,
          bio: rng.pick([
            "Certified coach (ICF); I work with colleagues on transitions, confidence and leading others.",
            "Trained in solution-focused coaching; I help people find their own next step.",
            "Coach of the inter-agency network since 2020; career and leadership questions welcome.",
          ]),
          languages: ["en", ...new Set(pickSome(rng, ["fr", "es", "ar", "zh"], rng.int(0, 2)))],
          createdAt: at("2020-01-06"),
        },
      }),
    );
  }
  const coachees = pickSome(rng, juniors.filter((s) => !mentees.has(s.id)), 22 + 8);
  // 22 people × two 1.5-hour sessions = 66 h, plus a third hour-long session for six and a 1.5-hour one for one: 73.5 h.
  const sessions: Prisma.CoachingSessionCreateManyInput[] = [];
  const coachingRequests: Prisma.CoachingRequestCreateManyInput[] = [];
  for (const [i, person] of coachees.slice(0, 22).entries()) {
    const coach = coaches[i % coaches.length]!;
    const requestId = `coaching_2020_${i + 1}`;
    const first = addDays("2020-01-20", rng.int(0, 90));
    coachingRequests.push({
      id: requestId,
      coacheeId: person.id,
      coachId: coach.id,
      message: "I would like some coaching on my next career step and on leading a small team.",
      status: "CLOSED",
      createdAt: at(addDays(first, -7)),
      respondedAt: at(addDays(first, -5)),
    });
    const hours = ["1.5", "1.5", ...(i < 6 ? ["1"] : i === 6 ? ["1.5"] : [])];
    hours.forEach((h, k) => {
      const heldOn = addDays(first, k * rng.int(14, 28));
      sessions.push({ coachId: coach.id, coacheeId: person.id, requestId, heldOn: at(heldOn <= "2020-06-30" ? heldOn : "2020-06-26"), hours: new Prisma.Decimal(h) });
    });
  }
  for (const [i, person] of coachees.slice(22).entries()) {
    const coach = coaches[(i + 2) % coaches.length]!;
    const requestId = `coaching_recent_${i + 1}`;
    const first = addDays(today, -rng.int(20, 200));
    const ongoing = i % 3 === 0;
    coachingRequests.push({
      id: requestId,
      coacheeId: person.id,
      coachId: coach.id,
      message: "I am starting a new role and would welcome a few coaching sessions to settle in.",
      status: i === 7 ? "OPEN" : ongoing ? "ACCEPTED" : "CLOSED",
      createdAt: at(addDays(first, -6)),
      respondedAt: i === 7 ? null : at(addDays(first, -4)),
    });
    if (i === 7) continue;
    for (let k = 0; k < rng.int(1, 4); k++) {
      const heldOn = addDays(first, k * 21);
      if (heldOn < today) sessions.push({ coachId: coach.id, coacheeId: person.id, requestId, heldOn: at(heldOn), hours: new Prisma.Decimal(rng.pick(["1", "1.5", "2"])) });
    }
  }
  await db.coachingRequest.createMany({ data: coachingRequests });
  await db.coachingSession.createMany({ data: sessions });

  opts.log?.(
    `Seeded MentorNet: ${mentors.length} mentors, ${mentees.size} mentees, ${pairingRows.length} pairings (21 from the 2019 pilot), ${requestRows.length} requests, a round with ${roundMentees.length} rankings, ${coaches.length} coaches with ${sessions.length} sessions; in ${Date.now() - started} ms.`,
  );
}
