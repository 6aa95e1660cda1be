import { db } from "~/server/db";
import { addDays, parseIsoDate } from "~/lib/dates";
import { buildSchedule, deadlineInstant, minutesToDays, participationMode } from "~/server/enrolment/schedule";
import { zonedDate, zonedTime } from "~/server/enrolment/zoned-time";
import { createRng, type Rng } from "./random";

// Classroom, virtual and blended sessions of the demo catalogue (seeded by prisma/seed/courses.ts: looked up by
// code here): two years of past sessions with attendance and their ledger rows (for realistic reports), upcoming
// sessions with seats, waiting lists and one nearly full, one cancelled, and one in progress that still accepts
// late registration (the end-to-end test enrols the demo learner there and L&D takes attendance of both days).
// Deterministic (own random seed); rows are written in bulk in the shape the enrolment module writes them.

type Person = { id: string; employeeId: string; grade: string; hireDate: Date; departmentId: string; dutyStationId: string };
type Demo = Record<"LEARNER" | "MENTOR" | "MANAGER" | "LD_ADMIN" | "AUDITOR", Person>;
type Course = { id: string; code: string; mode: "ONLINE" | "CLASSROOM" | "VIRTUAL" | "BLENDED" | "EXTERNAL"; categoryId: string; status: string };
type DaySpec = { date: string; start: string; end: string };

const GVA = "Europe/Zurich";
const SIN = "Asia/Singapore";
const ROOMS = ["AB building, room 0.107", "AB building, room 2.210", "GB building, training room 1", "New building, conference room B"];
const TRAINERS_EXTERNAL = ["Claire Dubois (external facilitator)", "Martin Keller (Keller Media Training)", "Dr. Nadia Haddad (coach)"];

let counter = 0;
const nextId = (prefix: string) => `${prefix}_seed_${(++counter).toString(36).padStart(6, "0")}`;

/** Weekdays only: the date itself, or the Monday after a weekend. */
function weekday(iso: string): string {
  const day = parseIsoDate(iso).getUTCDay();
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
}

/** `n` consecutive working days from `iso` (a two-day workshop starting on a Friday ends on Monday). */
function workingDays(iso: string, n: number): string[] {
  const out = [weekday(iso)];
  while (out.length < n) out.push(weekday(addDays(out[out.length - 1]!, 1)));
  return out;
}

async function insert(table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  const names = Object.keys(columns);
  const defs = names.map((n) => `"${n}" ${columns[n]!.startsWith("enum:") ? "text" : columns[n]}`).join(", ");
  const select = names.map((n) => (columns[n]!.startsWith("enum:") ? `x."${n}"::"${columns[n]!.slice(5)}"` : `x."${n}"`)).join(", ");
  for (let i = 0; i < rows.length; i += 5000) {
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS x(${defs})`,
      JSON.stringify(rows.slice(i, i + 5000)),
    );
  }
}

type PlannedSession = {
  course: Course;
  days: DaySpec[];
  timeZone: string;
  delivery: "IN_PERSON" | "VIRTUAL";
  location: string | null;
  meetingUrl: string | null;
  capacity: number;
  language: string;
  trainerId: string | null;
  trainerName: string | null;
  deadline: string | null;
  status: "SCHEDULED" | "CANCELLED";
  cancelReason?: string;
  notes?: string;
  /** people enrolled, in order; beyond capacity they wait */
  people: Person[];
  /** past sessions: how attendance went */
  past: boolean;
  /** a past session whose attendance L&D has not taken yet */
  attendancePending?: boolean;
};

export async function seedSessions(opts: { staff: Person[]; demo: Demo; asOf: Date; log?: (line: string) => void }) {
  const started = Date.now();
  const rng = createRng(20191014);
  const { staff, demo, asOf } = opts;
  const codes = ["RESPECT", "RESPECT-MGR", "COMM-MEDIA", "COMM-WEBINAR", "IT-TEAMS", "LEAD-REMOTE", "LANG-FR", "LANG-ZH", "LANG-ES", "LANG-AR", "IPA-PATINFO", "LEAD-TEAMS", "ONBOARD"];
  const found = await db.course.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, mode: true, categoryId: true, status: true } });
  const course = new Map(found.map((c) => [c.code, c as Course]));
  const missing = codes.filter((c) => !course.has(c));
  if (missing.length) opts.log?.(`Sessions: demo courses not found (${missing.join(", ")}); their sessions are skipped.`);
  const today = zonedDate(asOf, GVA);
  const demoIds = new Set(Object.values(demo).map((d) => d.id));
  const active = staff.filter((s) => !demoIds.has(s.id));
  const managers = new Set(staff.map((s) => (s as Person & { managerId?: string | null }).managerId).filter(Boolean) as string[]);
  const hrmdTrainers = active.filter((s) => s.grade === "P3" || s.grade === "P4").slice(0, 40);
  const pickTrainer = () => (rng.chance(0.55) ? { trainerId: rng.pick(hrmdTrainers).id, trainerName: null } : { trainerId: null, trainerName: rng.pick(TRAINERS_EXTERNAL) });

  const sessions: PlannedSession[] = [];
  const add = (code: string, s: Omit<PlannedSession, "course" | "status" | "trainerId" | "trainerName" | "past"> & Partial<Pick<PlannedSession, "status" | "trainerId" | "trainerName" | "cancelReason">>) => {
    const c = course.get(code);
    if (!c) return;
    const trainer = s.trainerId !== undefined || s.trainerName !== undefined ? { trainerId: s.trainerId ?? null, trainerName: s.trainerName ?? null } : pickTrainer();
    sessions.push({ status: "SCHEDULED", ...s, ...trainer, course: c, past: s.days[s.days.length - 1]!.date < today });
  };
  const inPerson = (room?: string) => ({ delivery: "IN_PERSON" as const, location: `${room ?? rng.pick(ROOMS)}, Geneva`, meetingUrl: null });
  const virtual = (slug: string) => ({ delivery: "VIRTUAL" as const, location: null, meetingUrl: `https://meet.example.org/pathway/${slug}` });
  const eligible = (date: string, filter: (p: Person) => boolean = () => true) => active.filter((p) => p.hireDate.toISOString().slice(0, 10) < date && filter(p));
  const sample = (pool: Person[], n: number) => {
    const copy = [...pool];
    const out: Person[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rng.next() * copy.length), 1)[0]!);
    return out;
  };
  const isManager = (p: Person) => managers.has(p.id);

  // ── Two years of past sessions, with attendance ──
  // A session credits its scheduled hours (8 hours = 1 training day, server/enrolment/schedule.ts); the Respect
  // workshops are half days in the catalogue (0.5), so they are scheduled for 4 hours, not 3.5 (which credited 0.438).
  for (let m = 24; m >= 1; m--) {
    const month = addDays(today, -m * 30);
    const d = (offset: number) => weekday(addDays(month, offset));
    add("RESPECT", { days: [{ date: d(2), start: "09:00", end: "13:00" }], timeZone: GVA, ...inPerson(), capacity: 20, language: m % 3 === 0 ? "fr" : "en", deadline: null, people: sample(eligible(d(2)), 14 + rng.int(0, 6)) });
    if (m % 2 === 0) add("RESPECT-MGR", { days: [{ date: d(9), start: "13:30", end: "17:30" }], timeZone: GVA, ...inPerson(), capacity: 16, language: "en", deadline: null, people: sample(eligible(d(9), isManager), 10 + rng.int(0, 6)) });
    if (m % 3 === 1) add("IT-TEAMS", { days: [{ date: d(5), start: "10:00", end: "12:00" }], timeZone: GVA, ...virtual(`teams-${m}`), capacity: 30, language: "en", deadline: null, people: sample(eligible(d(5)), 18 + rng.int(0, 12)) });
    if (m % 4 === 2) add("COMM-MEDIA", { days: workingDays(addDays(month, 12), 2).map((date) => ({ date, start: "09:00", end: "12:30" })), timeZone: GVA, ...inPerson("Media studio, AB building"), capacity: 10, language: "en", deadline: null, people: sample(eligible(d(12), (p) => ["P4", "P5", "D1", "D2"].includes(p.grade)), 6 + rng.int(0, 4)) });
    if (m % 4 === 0) add("COMM-WEBINAR", { days: [{ date: d(16), start: "14:00", end: "16:00" }], timeZone: GVA, ...virtual(`webinar-${m}`), capacity: 25, language: "en", deadline: null, people: sample(eligible(d(16)), 12 + rng.int(0, 10)) });
    if (m % 6 === 3) add("LEAD-REMOTE", { days: [0, 7, 14, 21].map((o) => ({ date: d(3 + o), start: "13:00", end: "14:00" })), timeZone: GVA, ...virtual(`bootcamp-${m}`), capacity: 40, language: "en", deadline: null, people: sample(eligible(d(3), isManager), 15 + rng.int(0, 20)) });
    if (m % 6 === 5) add("RESPECT", { days: [{ date: d(6), start: "09:30", end: "13:30" }], timeZone: SIN, delivery: "IN_PERSON", location: "Singapore Office, training room", meetingUrl: null, capacity: 15, language: "en", deadline: null, people: sample(eligible(d(6), (p) => p.dutyStationId !== demo.LEARNER.dutyStationId), 8 + rng.int(0, 5)) });
  }
  // The demo learner's own past: the Respect workshop and a Teams class.
  const firstRespect = sessions.find((s) => s.course.code === "RESPECT" && s.days[0]!.date < addDays(today, -200));
  if (firstRespect) firstRespect.people.unshift(demo.LEARNER);
  const lastTeams = [...sessions].reverse().find((s) => s.course.code === "IT-TEAMS" && s.past);
  if (lastTeams) lastTeams.people.unshift(demo.LEARNER);

  // ── Upcoming sessions ──
  const ahead = (n: number) => weekday(addDays(today, n));
  const upcomingPool = sample(active, 600);
  let cursor = 0;
  const take = (n: number, filter: (p: Person) => boolean = () => true) => {
    const out: Person[] = [];
    while (out.length < n && cursor < upcomingPool.length * 3) {
      const p = upcomingPool[cursor++ % upcomingPool.length]!;
      if (filter(p) && !out.includes(p)) out.push(p);
    }
    return out;
  };
  add("RESPECT", { days: [{ date: ahead(10), start: "09:00", end: "13:00" }], timeZone: GVA, ...inPerson(ROOMS[0]), capacity: 20, language: "en", deadline: null, people: take(9), notes: "Please complete the Working Together online course before the workshop." });
  add("RESPECT", { days: [{ date: ahead(24), start: "13:30", end: "17:30" }], timeZone: GVA, ...inPerson(ROOMS[1]), capacity: 20, language: "fr", deadline: addDays(ahead(24), -3), people: take(5) });
  add("RESPECT", { days: [{ date: ahead(20), start: "09:30", end: "13:30" }], timeZone: SIN, delivery: "IN_PERSON", location: "Singapore Office, training room", meetingUrl: null, capacity: 15, language: "en", deadline: null, people: [] });
  // Nearly full: one seat left (the end-to-end test fills it and queues someone behind it).
  add("RESPECT-MGR", { days: [{ date: ahead(14), start: "09:00", end: "13:00" }], timeZone: GVA, ...inPerson(ROOMS[2]), capacity: 16, language: "en", deadline: null, people: take(15, isManager) });
  add("COMM-MEDIA", { days: workingDays(addDays(today, 17), 2).map((date) => ({ date, start: "09:00", end: "12:30" })), timeZone: GVA, ...inPerson("Media studio, AB building"), capacity: 10, language: "en", deadline: null, people: take(4, (p) => ["P4", "P5", "D1"].includes(p.grade)) });
  add("IT-TEAMS", { days: [{ date: ahead(7), start: "10:00", end: "12:00" }], timeZone: GVA, ...virtual("teams-next"), capacity: 30, language: "en", deadline: null, people: take(12) });
  add("IT-TEAMS", { days: [{ date: ahead(21), start: "10:00", end: "12:00" }], timeZone: GVA, ...virtual("teams-later"), capacity: 30, language: "en", deadline: null, people: take(3) });
  add("IT-TEAMS", { days: [{ date: ahead(4), start: "14:00", end: "16:00" }], timeZone: GVA, ...virtual("teams-cancelled"), capacity: 30, language: "fr", deadline: null, people: [], status: "CANCELLED", cancelReason: "The trainer is unavailable; please join one of the other dates." });
  add("COMM-WEBINAR", { days: [{ date: ahead(12), start: "14:00", end: "16:00" }], timeZone: GVA, ...virtual("webinar-next"), capacity: 25, language: "en", deadline: null, people: take(8) });
  add("LEAD-REMOTE", { days: [0, 7, 14, 21].map((o) => ({ date: ahead(8 + o), start: "13:00", end: "14:00" })), timeZone: GVA, ...virtual("bootcamp-next"), capacity: 40, language: "en", deadline: null, people: take(11, isManager) });
  add("LANG-FR", { days: Array.from({ length: 24 }, (_, w) => ({ date: ahead(5 + w * 7), start: "12:15", end: "14:15" })), timeZone: GVA, ...virtual("french-b1"), capacity: 12, language: "fr", deadline: ahead(5 + 14), people: take(9), notes: "Intermediate (B1). Late registration is open until the third class." });
  add("LANG-ZH", { days: Array.from({ length: 24 }, (_, w) => ({ date: ahead(6 + w * 7), start: "17:30", end: "19:30" })), timeZone: GVA, ...virtual("chinese-a2"), capacity: 12, language: "zh", deadline: null, people: take(6) });
  add("IPA-PATINFO", { days: [{ date: ahead(15), start: "09:00", end: "17:00" }], timeZone: GVA, ...inPerson(ROOMS[3]), capacity: 24, language: "en", deadline: null, people: take(10) });
  const leadDays = workingDays(addDays(today, 30), 2);
  add("LEAD-TEAMS", {
    days: leadDays.flatMap((date) => [
      { date, start: "09:00", end: "12:30" },
      { date, start: "13:30", end: "17:00" },
    ]),
    timeZone: GVA,
    ...inPerson(ROOMS[2]),
    capacity: 18,
    language: "en",
    deadline: addDays(leadDays[0]!, -7),
    people: take(7, isManager),
  });
  // Last week's webinar: attendance not taken yet, so L&D's list shows what is missing.
  let lastWeek = addDays(today, -3);
  while ([0, 6].includes(parseIsoDate(lastWeek).getUTCDay())) lastWeek = addDays(lastWeek, -1);
  add("COMM-WEBINAR", { days: [{ date: lastWeek, start: "14:00", end: "16:00" }], timeZone: GVA, ...virtual("webinar-last"), capacity: 25, language: "en", deadline: null, people: take(14), attendancePending: true });
  add("ONBOARD", { days: [{ date: ahead(9), start: "09:00", end: "13:00" }], timeZone: GVA, ...inPerson(ROOMS[0]), capacity: 25, language: "en", deadline: null, people: take(6) });
  const inProgress = inProgressSession(asOf);
  const inProgressDays = inProgress.days;
  add("COMM-MEDIA", {
    days: inProgressDays,
    timeZone: inProgress.timeZone,
    ...(inProgress.timeZone === GVA ? inPerson("Media studio, AB building") : { delivery: "IN_PERSON" as const, location: "Singapore Office, training room", meetingUrl: null }),
    capacity: 10,
    language: "en",
    deadline: inProgressDays[1]!.date,
    people: take(5, (p) => ["P4", "P5"].includes(p.grade)),
    trainerId: null,
    trainerName: TRAINERS_EXTERNAL[1]!,
    notes: "Intensive media training over two mornings. Late registration is open until the second morning.",
  });

  await write(sessions, rng, asOf, demo.LD_ADMIN.id);
  const participations = sessions.reduce((n, s) => n + (s.past && !s.attendancePending ? Math.min(s.capacity, s.people.length) : 0), 0);
  opts.log?.(`Seeded ${sessions.length} sessions (${sessions.filter((s) => s.past).length} past, ${participations} participations) in ${Date.now() - started} ms.`);
}

async function write(planned: PlannedSession[], rng: Rng, asOf: Date, ldAdminId: string) {
  const sessionRows: Record<string, unknown>[] = [];
  const dayRows: Record<string, unknown>[] = [];
  const enrollmentRows: Record<string, unknown>[] = [];
  const eventRows: Record<string, unknown>[] = [];
  const attendanceRows: Record<string, unknown>[] = [];
  const recordRows: Record<string, unknown>[] = [];
  const iso = (d: Date) => d.toISOString();

  for (const p of planned) {
    const schedule = buildSchedule(p.days, p.timeZone);
    const sessionId = nextId("ses");
    const deadline = deadlineInstant(p.deadline, p.timeZone);
    const created = new Date(Math.min(asOf.getTime(), schedule.startsAt.getTime() - 45 * 86_400_000));
    sessionRows.push({
      id: sessionId,
      courseId: p.course.id,
      delivery: p.delivery,
      location: p.location,
      meetingUrl: p.meetingUrl,
      trainerId: p.trainerId,
      trainerName: p.trainerName,
      capacity: p.capacity,
      language: p.language,
      timeZone: p.timeZone,
      enrolmentDeadline: deadline ? iso(deadline) : null,
      status: p.status,
      cancelledAt: p.status === "CANCELLED" ? iso(asOf) : null,
      cancelledById: p.status === "CANCELLED" ? ldAdminId : null,
      cancelReason: p.cancelReason ?? null,
      sequence: p.status === "CANCELLED" ? 1 : 0,
      startsAt: iso(schedule.startsAt),
      endsAt: iso(schedule.endsAt),
      trainingDays: schedule.trainingDays,
      notes: p.notes ?? "",
      createdAt: iso(created),
      updatedAt: iso(created),
    });
    const dayIds = schedule.days.map((d) => {
      const id = nextId("day");
      dayRows.push({ id, sessionId, dayNumber: d.dayNumber, startsAt: iso(d.startsAt), endsAt: iso(d.endsAt) });
      return { id, minutes: d.minutes };
    });
    p.people.forEach((person, index) => {
      const enrollmentId = nextId("enr");
      const enrolledAt = new Date(created.getTime() + (index + 1) * 3_600_000 * (1 + rng.int(0, 20)));
      const seated = index < p.capacity;
      let state: string = seated ? "ENROLLED" : "WAITLISTED";
      let changedAt = enrolledAt;
      if (p.status === "CANCELLED") {
        state = "CANCELLED";
        changedAt = asOf;
      } else if (p.past && seated && p.attendancePending) {
        state = "ENROLLED";
      } else if (p.past && seated) {
        // How sessions go: most attend every day, a few leave early one day, some do not come.
        const roll = rng.next();
        const marks = dayIds.map((d, i) => {
          if (roll < 0.06) return { ...d, mark: "NO_SHOW", minutes: 0 };
          if (roll < 0.1 && i === dayIds.length - 1) return { ...d, mark: "PARTIAL", minutes: Math.max(30, Math.floor(d.minutes / 2 / 30) * 30) };
          return { ...d, mark: "ATTENDED", minutes: d.minutes };
        });
        const credited = marks.reduce((s, m) => s + m.minutes, 0);
        state = credited > 0 ? "ATTENDED" : "NO_SHOW";
        changedAt = schedule.endsAt;
        for (const m of marks) attendanceRows.push({ id: nextId("att"), enrollmentId, dayId: m.id, mark: m.mark, minutes: m.minutes, markedById: ldAdminId, markedAt: iso(schedule.endsAt) });
        recordRows.push({
          id: nextId("rec"),
          staffId: person.id,
          courseId: p.course.id,
          categoryId: p.course.categoryId,
          mode: participationMode(p.course.mode, p.delivery),
          startDate: zonedDate(schedule.startsAt, p.timeZone),
          endDate: zonedDate(schedule.endsAt, p.timeZone),
          trainingDays: minutesToDays(credited),
          status: state,
          source: "SESSION",
          sourceKey: `enrolment:${enrollmentId}`,
          createdAt: iso(schedule.endsAt),
          updatedAt: iso(schedule.endsAt),
        });
      } else if (p.past) {
        state = "WITHDRAWN";
        changedAt = schedule.startsAt;
      }
      enrollmentRows.push({
        id: enrollmentId,
        staffId: person.id,
        courseId: p.course.id,
        sessionId,
        state,
        origin: rng.chance(0.2) ? "ADMIN" : "SELF",
        stateChangedAt: iso(changedAt),
        stateChangedBy: null,
        waitlistPosition: state === "WAITLISTED" ? index - p.capacity + 1 : null,
        createdAt: iso(enrolledAt),
        updatedAt: iso(changedAt),
      });
      eventRows.push({ id: nextId("eve"), enrollmentId, state: seated ? "ENROLLED" : "WAITLISTED", actorId: null, note: null, at: iso(enrolledAt) });
      if (state !== "ENROLLED" && state !== "WAITLISTED") eventRows.push({ id: nextId("eve"), enrollmentId, state, actorId: state === "WITHDRAWN" ? null : ldAdminId, note: p.status === "CANCELLED" ? (p.cancelReason ?? null) : null, at: iso(changedAt) });
    });
  }

  await insert("CourseSession", {
    id: "text", courseId: "text", delivery: "enum:SessionDelivery", location: "text", meetingUrl: "text", trainerId: "text", trainerName: "text",
    capacity: "int", language: "text", timeZone: "text", enrolmentDeadline: "timestamp(3)", status: "enum:SessionStatus", cancelledAt: "timestamp(3)",
    cancelledById: "text", cancelReason: "text", sequence: "int", startsAt: "timestamp(3)", endsAt: "timestamp(3)", trainingDays: "numeric",
    notes: "text", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
  }, sessionRows);
  await insert("SessionDay", { id: "text", sessionId: "text", dayNumber: "int", startsAt: "timestamp(3)", endsAt: "timestamp(3)" }, dayRows);
  await insert("Enrollment", {
    id: "text", staffId: "text", courseId: "text", sessionId: "text", state: "enum:EnrollmentState", origin: "enum:EnrollmentOrigin",
    stateChangedAt: "timestamp(3)", stateChangedBy: "text", waitlistPosition: "int", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
  }, enrollmentRows);
  await insert("EnrollmentEvent", { id: "text", enrollmentId: "text", state: "enum:EnrollmentState", actorId: "text", note: "text", at: "timestamp(3)" }, eventRows);
  await insert("SessionAttendance", { id: "text", enrollmentId: "text", dayId: "text", mark: "enum:AttendanceMark", minutes: "int", markedById: "text", markedAt: "timestamp(3)" }, attendanceRows);
  await insert("TrainingRecord", {
    id: "text", staffId: "text", courseId: "text", categoryId: "text", mode: "enum:CourseMode", startDate: "date", endDate: "date", trainingDays: "numeric",
    status: "enum:ParticipationStatus", source: "enum:RecordSource", sourceKey: "text", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
  }, recordRows);
}

/**
 * The session in progress when the demo is seeded: yesterday's and today's 3½ hours, today's begun an hour before the
 * time of seeding and ending 2½ hours after it, so that the end-to-end journeys find it running and credit 7 hours.
 * Geneva hosts it from 01:00 to 19:59 Geneva time; in the Geneva evening and night the Singapore office does (its
 * morning), so the days never run past midnight (seeded at 23:00 Geneva, a Geneva session was cut to 2 hours a day;
 * ending it at 23:30 left nothing in progress).
 */
export function inProgressSession(asOf: Date): { timeZone: string; days: { date: string; start: string; end: string }[] } {
  const hourIn = (tz: string) => Number(zonedTime(asOf, tz).slice(0, 2));
  const timeZone = hourIn(GVA) >= 1 && hourIn(GVA) <= 19 ? GVA : SIN;
  const start = hourIn(timeZone) - 1;
  const today = zonedDate(asOf, timeZone);
  const hh = (h: number) => String(h).padStart(2, "0");
  return { timeZone, days: [addDays(today, -1), today].map((date) => ({ date, start: `${hh(start)}:00`, end: `${hh(start + 3)}:30` })) };
}
