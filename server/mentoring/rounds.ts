import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { MAX_ROUND_RANKING, MatchWeightsInput, type CreateRoundInput, type PublishRoundInput, type RankingInput, type RoundRunInput } from "~/lib/schemas/mentoring";
import type { MatchMentee, MatchMentor, MatchReason, MatchWeights } from "~/server/mentoring/compatibility";
import { explainPairing } from "~/server/mentoring/match-explanation";
import { matchingMetrics, runMatching, suggestMentors, type ForbiddenPairs, type MatchingAlgorithm } from "~/server/mentoring/matching";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { forbiddenFor, managerChain, managerMap } from "~/server/mentoring/reporting-line";
import { LOAD_STATUSES, menteeMatchSelect, mentorLoads, mentorMatchSelect, toMatchMentee, toMatchMentor } from "~/server/mentoring/match-data";
import { lockAllMentorProfiles, lockMentee, lockMentees } from "~/server/mentoring/locks";
import { queueMentoringMails, type MentoringMail } from "~/server/mentoring/mail";
import { withdrawOpenRequests } from "~/server/mentoring/requests";
import { menteeForMatching } from "~/server/mentoring/directory";
import type { Locale } from "~/lib/i18n/locales";
import { nameCollation } from "~/server/people/people";

const roundSelect = {
  id: true,
  name: true,
  status: true,
  closesOn: true,
  algorithm: true,
  weights: true,
  rankedOnly: true,
  createdAt: true,
  publishedAt: true,
  result: true,
  _count: { select: { entries: true } },
} as const;

export type RoundSummary = {
  entrants: number;
  matched: number;
  firstChoice: number;
  top3: number;
  unmatched: number;
  alreadyPaired: number;
  averageScore: number | null;
};

function weightsOf(value: unknown, fallback: MatchWeights): MatchWeights {
  const parsed = MatchWeightsInput.safeParse({ ...fallback, ...((value as object | null) ?? {}) });
  return parsed.success ? parsed.data : fallback;
}

export async function listRounds() {
  const rows = await db.matchingRound.findMany({ orderBy: { createdAt: "desc" }, select: roundSelect });
  return rows.map((r) => ({ ...r, closesOn: toIsoDate(r.closesOn), result: r.result as RoundSummary | null, entries: r._count.entries }));
}

export async function getRound(roundId: string) {
  const settings = await getMentoringSettings();
  const r = await db.matchingRound.findUnique({ where: { id: roundId }, select: roundSelect });
  if (!r) throw new AppError("NOT_FOUND", "mentoring.rounds.notFound");
  return {
    ...r,
    closesOn: toIsoDate(r.closesOn),
    weights: weightsOf(r.weights, settings.weights),
    result: r.result as RoundSummary | null,
    entries: r._count.entries,
  };
}

/** Opens a cohort round; one round is open at a time, and it closes on a date from today on. */
export async function createRound(actor: Pick<Actor, "id">, input: CreateRoundInput, asOf: Date = new Date()) {
  if (input.closesOn < toIsoDate(asOf)) throw new AppError("INVALID", "mentoring.rounds.closingDateInPast", {}, { field: "closesOn" });
  const settings = await getMentoringSettings();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('mentoring:rounds'))`;
    const open = await tx.matchingRound.findFirst({ where: { status: "OPEN" }, select: { name: true } });
    if (open) throw new AppError("ROUND_OPEN", "mentoring.rounds.stillOpen", { name: open.name }, { field: "name" });
    const round = await tx.matchingRound.create({
      data: { name: input.name, closesOn: parseIsoDate(input.closesOn), weights: settings.weights, createdById: actor.id },
      select: { id: true, name: true },
    });
    await audit(tx, actor, "mentoring.round.create", "MatchingRound", round.id, { data: { name: input.name, closesOn: input.closesOn } });
    return round;
  });
}

export async function cancelRound(actor: Pick<Actor, "id">, roundId: string) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "MatchingRound" WHERE id = ${roundId} FOR UPDATE`;
    const r = await tx.matchingRound.findUnique({ where: { id: roundId }, select: { status: true } });
    if (!r) throw new AppError("NOT_FOUND", "mentoring.rounds.notFound");
    if (r.status !== "OPEN") throw new AppError("ROUND_STATE", "mentoring.rounds.cancelNeedsOpen");
    await tx.matchingRound.update({ where: { id: roundId }, data: { status: "CANCELLED" } });
    await audit(tx, actor, "mentoring.round.cancel", "MatchingRound", roundId, { before: { status: r.status }, after: { status: "CANCELLED" } });
    return { id: roundId, status: "CANCELLED" as const };
  });
}

type RoundInput = {
  mentees: MatchMentee[];
  mentors: MatchMentor[];
  forbidden: ForbiddenPairs;
  /** entrants left out because they already have a (proposed or active) pairing */
  alreadyPaired: string[];
  names: Map<string, string>;
  desiredMonths: Map<string, number>;
};

/**
 * What the engine needs for a round, as of now: the entrants who still need a mentor with their
 * rankings, every listed mentor with the places they have left, and everyone's reporting line.
 */
async function loadRoundInput(tx: Tx, roundId: string, asOf: Date): Promise<RoundInput> {
  const [entries, mentorRows, loads, managers, paired] = await Promise.all([
    tx.matchingRoundEntry.findMany({
      where: { roundId, mentee: { active: true, menteeProfile: { isNot: null } } },
      select: { menteeId: true, ranking: true, mentee: { select: { fullName: true, menteeProfile: { select: menteeMatchSelect } } } },
    }),
    tx.mentorProfile.findMany({
      where: { listed: true, staff: { active: true } },
      select: { ...mentorMatchSelect, staff: { select: { ...mentorMatchSelect.staff.select, fullName: true } } },
    }),
    mentorLoads(tx),
    managerMap(tx),
    tx.pairing.findMany({ where: { status: { in: [...LOAD_STATUSES] } }, select: { menteeId: true } }),
  ]);
  const pairedSet = new Set(paired.map((p) => p.menteeId));
  const names = new Map<string, string>();
  const desiredMonths = new Map<string, number>();
  const alreadyPaired: string[] = [];
  const mentees: MatchMentee[] = [];
  for (const e of entries) {
    names.set(e.menteeId, e.mentee.fullName);
    if (pairedSet.has(e.menteeId)) {
      alreadyPaired.push(e.menteeId);
      continue;
    }
    const profile = e.mentee.menteeProfile!;
    desiredMonths.set(e.menteeId, profile.desiredDurationMonths);
    mentees.push(toMatchMentee(profile, [], e.ranking.slice(0, MAX_ROUND_RANKING)));
  }
  const mentors = mentorRows.map((m) => {
    names.set(m.staffId, m.staff.fullName);
    return toMatchMentor(m, Math.max(0, m.capacity - (loads.get(m.staffId) ?? 0)), asOf);
  });
  return { mentees, mentors, forbidden: forbiddenFor(mentees.map((m) => m.id), managers), alreadyPaired, names, desiredMonths };
}

export type RoundPreview = {
  entrants: number;
  mentors: number;
  places: number;
  matched: number;
  firstChoice: number;
  top3: number;
  averageScore: number | null;
  unmatched: { id: string; name: string }[];
  alreadyPaired: { id: string; name: string }[];
  pairs: { menteeId: string; menteeName: string; mentorId: string; mentorName: string; score: number; choice: number | null; reasons: MatchReason[] }[];
};

/**
 * Each person's place in the order of names as a reader of `locale` sorts them, from PostgreSQL's ICU collation of
 * that language (Chinese names by pinyin in Chinese): the preview's lists are read by name.
 */
async function nameOrder(tx: Tx, staffIds: readonly string[], locale: Locale): Promise<Map<string, number>> {
  if (staffIds.length === 0) return new Map();
  const order = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Staff" WHERE id = ANY(${[...staffIds]}::text[]) ORDER BY "fullName" COLLATE ${nameCollation(locale)}, id`;
  return new Map(order.map((r, i) => [r.id, i]));
}

function runRound(data: RoundInput, run: { algorithm: MatchingAlgorithm; weights: MatchWeights; rankedOnly: boolean }, order: Map<string, number> = new Map()) {
  const result = runMatching({ ...run, mentees: data.mentees, mentors: data.mentors, forbidden: data.forbidden });
  const metrics = matchingMetrics(result);
  const name = (id: string) => data.names.get(id) ?? id;
  const byName = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  const preview: RoundPreview = {
    entrants: data.mentees.length + data.alreadyPaired.length,
    mentors: data.mentors.filter((m) => m.capacity > 0 && !m.paused).length,
    places: data.mentors.reduce((s, m) => s + (m.paused ? 0 : m.capacity), 0),
    matched: metrics.matched,
    firstChoice: metrics.firstChoice,
    top3: metrics.top3,
    averageScore: metrics.averageScore,
    unmatched: [...metrics.unmatchedMenteeIds].sort(byName).map((id) => ({ id, name: name(id) })),
    alreadyPaired: [...data.alreadyPaired].sort(byName).map((id) => ({ id, name: name(id) })),
    pairs: metrics.pairs
      .map((p) => ({ menteeId: p.menteeId, menteeName: name(p.menteeId), mentorId: p.mentorId, mentorName: name(p.mentorId), score: p.score, choice: p.choice, reasons: p.reasons }))
      .sort((a, b) => byName(a.menteeId, b.menteeId)),
  };
  return { result, preview };
}

/**
 * What-if: the matching the round would publish with these settings, without changing anything; its lists by mentee
 * name as a reader of `locale` sorts names.
 */
export async function previewRound(input: RoundRunInput, asOf: Date = new Date(), locale: Locale = "en"): Promise<RoundPreview> {
  const round = await db.matchingRound.findUnique({ where: { id: input.roundId }, select: { status: true } });
  if (!round) throw new AppError("NOT_FOUND", "mentoring.rounds.notFound");
  const data = await loadRoundInput(db, input.roundId, asOf);
  const mentees = [...data.mentees.map((m) => m.id), ...data.alreadyPaired];
  return runRound(data, input, await nameOrder(db, mentees, locale)).preview;
}

/** Mentees can still rank in an open round up to and including its closing day. */
function rankingWindowOpen(round: { status: string; closesOn: Date }, asOf: Date): boolean {
  return round.status === "OPEN" && toIsoDate(round.closesOn) >= toIsoDate(asOf);
}

/**
 * Whether mentees can still rank, until when, and how many could still take part but have not ranked: active staff
 * with a mentee profile, no current (proposed or active) pairing and no ranking in this round. What L&D is told
 * before publishing early.
 */
export async function roundRankingWindow(roundId: string, asOf: Date = new Date()) {
  const round = await db.matchingRound.findUnique({ where: { id: roundId }, select: { status: true, closesOn: true } });
  if (!round) throw new AppError("NOT_FOUND", "mentoring.rounds.notFound");
  const open = rankingWindowOpen(round, asOf);
  const [row] = open
    ? await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "MenteeProfile" mp JOIN "Staff" s ON s.id = mp."staffId"
        WHERE s.active
          AND NOT EXISTS (SELECT 1 FROM "MatchingRoundEntry" e WHERE e."roundId" = ${roundId} AND e."menteeId" = mp."staffId")
          AND NOT EXISTS (SELECT 1 FROM "Pairing" p WHERE p."menteeId" = mp."staffId" AND p.status IN ('PROPOSED', 'ACTIVE'))`
    : [];
  return { open, closesOn: toIsoDate(round.closesOn), notRanked: Number(row?.n ?? 0) };
}

/**
 * Publishes the round: runs the matching on the data as it is now, creates the proposed pairings,
 * e-mails both sides of each pair and tells the unmatched (who keep their mentee profile for open
 * mode). One transaction; a second publish (double click, retry) changes nothing and returns the
 * first one's figures. While mentees can still rank, only with `confirmEarly` (L&D confirmed it).
 */
export async function publishRound(actor: Pick<Actor, "id">, input: PublishRoundInput, asOf: Date = new Date()) {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "MatchingRound" WHERE id = ${input.roundId} FOR UPDATE`;
      const round = await tx.matchingRound.findUnique({ where: { id: input.roundId }, select: { id: true, name: true, status: true, result: true, closesOn: true } });
      if (!round) throw new AppError("NOT_FOUND", "mentoring.rounds.notFound");
      if (round.status === "PUBLISHED") return { published: false, summary: round.result as RoundSummary };
      if (round.status !== "OPEN") throw new AppError("ROUND_STATE", "mentoring.rounds.cancelled");
      if (rankingWindowOpen(round, asOf) && input.confirmEarly !== true) {
        throw new AppError("ROUND_OPEN", "mentoring.rounds.publishWhileRanking", { closesOn: round.closesOn });
      }

      await lockAllMentorProfiles(tx);
      const entrantIds = (await tx.matchingRoundEntry.findMany({ where: { roundId: round.id }, select: { menteeId: true } })).map((e) => e.menteeId);
      await lockMentees(tx, entrantIds);
      const data = await loadRoundInput(tx, round.id, asOf);
      const { result, preview } = runRound(data, input);

      await tx.pairing.createMany({
        data: result.pairings.map((p) => ({
          menteeId: p.menteeId,
          mentorId: p.mentorId,
          origin: "ROUND" as const,
          roundId: round.id,
          reasons: p.reasons,
          score: p.score,
          status: "PROPOSED" as const,
          durationMonths: data.desiredMonths.get(p.menteeId) ?? 6,
          proposedAt: asOf,
        })),
        skipDuplicates: true,
      });
      const matchedIds = result.pairings.map((p) => p.menteeId);
      await tx.matchingRoundEntry.updateMany({ where: { roundId: round.id, menteeId: { in: matchedIds } }, data: { matched: true } });
      await tx.matchingRoundEntry.updateMany({ where: { roundId: round.id, menteeId: { notIn: matchedIds } }, data: { matched: false } });
      await withdrawOpenRequests(tx, matchedIds, null, asOf);

      const created = await tx.pairing.findMany({ where: { roundId: round.id }, select: { id: true, menteeId: true } });
      const pairingOf = new Map(created.map((c) => [c.menteeId, c.id]));
      const people = await tx.staff.findMany({
        where: { id: { in: [...new Set([...entrantIds, ...result.pairings.map((p) => p.mentorId)])] } },
        select: { id: true, fullName: true, email: true, locale: true },
      });
      const who = new Map(people.map((p) => [p.id, p]));
      const mails: MentoringMail[] = [];
      for (const p of result.pairings) {
        const mentee = who.get(p.menteeId)!;
        const mentor = who.get(p.mentorId)!;
        const pairingId = pairingOf.get(p.menteeId)!;
        for (const [me, partner, role] of [
          [mentee, mentor, "MENTEE"],
          [mentor, mentee, "MENTOR"],
        ] as const) {
          mails.push({
            to: me.email,
            template: "pairingProposed",
            values: { name: me.fullName, partner: partner.fullName, round: round.name, role, explanation: explainPairing(p.reasons, me.locale) },
            locale: me.locale,
            path: `/mentoring/pairings/${pairingId}`,
            dedupeKey: `mentoring:round:${round.id}:proposed:${pairingId}:${me.id}`,
          });
        }
      }
      for (const id of result.unmatchedMenteeIds) {
        const mentee = who.get(id)!;
        mails.push({
          to: mentee.email,
          template: "roundUnmatched",
          values: { name: mentee.fullName, round: round.name },
          path: "/mentoring/mentors?freeOnly=1",
          dedupeKey: `mentoring:round:${round.id}:unmatched:${id}`,
        });
      }
      await queueMentoringMails(tx, mails);

      const summary: RoundSummary = {
        entrants: preview.entrants,
        matched: preview.matched,
        firstChoice: preview.firstChoice,
        top3: preview.top3,
        unmatched: preview.unmatched.length,
        alreadyPaired: preview.alreadyPaired.length,
        averageScore: preview.averageScore,
      };
      await tx.matchingRound.update({
        where: { id: round.id },
        data: {
          status: "PUBLISHED",
          publishedAt: asOf,
          publishedById: actor.id,
          algorithm: input.algorithm,
          weights: input.weights,
          rankedOnly: input.rankedOnly,
          result: summary,
        },
      });
      const early = rankingWindowOpen(round, asOf);
      await audit(tx, actor, "mentoring.round.publish", "MatchingRound", round.id, {
        data: { ...summary, algorithm: input.algorithm, weights: input.weights, early },
        before: { name: round.name, status: round.status },
        after: { name: round.name, status: "PUBLISHED", publishedAt: asOf.toISOString(), matched: summary.matched, unmatched: summary.unmatched },
      });
      return { published: true, summary };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

/** The pairings a published round proposed, for L&D's round page, by mentee name as a reader of `locale` sorts names. */
export async function roundPairings(roundId: string, locale: Locale = "en") {
  const order = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Pairing" p JOIN "Staff" s ON s.id = p."menteeId"
    WHERE p."roundId" = ${roundId}
    ORDER BY s."fullName" COLLATE ${nameCollation(locale)}, p.id`;
  const rows = await db.pairing.findMany({
    where: { id: { in: order.map((r) => r.id) } },
    select: {
      id: true,
      status: true,
      outcome: true,
      score: true,
      reasons: true,
      mentee: { select: { id: true, fullName: true } },
      mentor: { select: { id: true, fullName: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap(({ id }) => byId.get(id) ?? []);
}

// ─────────────── The mentee's side of a round ───────────────

/** The open round a mentee can rank in, their ranking so far and the mentors they may rank (best suggestion first). */
export async function getOpenRoundForMentee(actor: Pick<Actor, "id">, asOf: Date = new Date()) {
  const round = await db.matchingRound.findFirst({
    where: { status: "OPEN", closesOn: { gte: parseIsoDate(toIsoDate(asOf)) } },
    orderBy: { closesOn: "asc" },
    select: { id: true, name: true, closesOn: true },
  });
  if (!round) return null;
  const [entry, mentee, settings] = await Promise.all([
    db.matchingRoundEntry.findUnique({ where: { roundId_menteeId: { roundId: round.id, menteeId: actor.id } }, select: { ranking: true, submittedAt: true } }),
    menteeForMatching(actor.id),
    getMentoringSettings(),
  ]);
  const mentorRows = await db.mentorProfile.findMany({
    where: { listed: true, staff: { active: true }, staffId: { not: actor.id } },
    select: { ...mentorMatchSelect, staff: { select: { ...mentorMatchSelect.staff.select, fullName: true } } },
  });
  const names = new Map(mentorRows.map((m) => [m.staffId, `${m.staff.fullName} (${m.staff.grade})`]));
  const options = suggestMentors(
    mentee,
    mentorRows.map((m) => toMatchMentor(m, Math.max(1, m.capacity), new Date(0))),
    settings.weights,
  ).map((s) => ({ id: s.mentorId, name: names.get(s.mentorId) ?? s.mentorId, score: s.score, reasons: s.reasons }));
  return { round: { ...round, closesOn: toIsoDate(round.closesOn) }, ranking: entry?.ranking ?? [], submittedAt: entry?.submittedAt ?? null, options };
}

/** Saves the mentee's ranking (1st choice first); an empty ranking takes them out of the round. */
export async function saveRanking(actor: Pick<Actor, "id">, input: RankingInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    await lockMentee(tx, actor.id);
    const round = await tx.matchingRound.findUnique({ where: { id: input.roundId }, select: { id: true, status: true, closesOn: true } });
    if (!round) throw new AppError("NOT_FOUND", "mentoring.rounds.notFound");
    if (round.status !== "OPEN" || toIsoDate(round.closesOn) < toIsoDate(asOf)) {
      throw new AppError("ROUND_CLOSED", "mentoring.rounds.rankingClosed", { closedOn: round.closesOn });
    }
    if (input.mentorIds.length === 0) {
      await tx.matchingRoundEntry.deleteMany({ where: { roundId: round.id, menteeId: actor.id } });
      return { roundId: round.id, ranking: [] as string[] };
    }
    const profile = await tx.menteeProfile.findUnique({ where: { staffId: actor.id }, select: { id: true } });
    if (!profile) throw new AppError("NO_MENTEE_PROFILE", "mentoring.rounds.noMenteeProfile");
    const paired = await tx.pairing.findFirst({ where: { menteeId: actor.id, status: { in: [...LOAD_STATUSES] } }, select: { status: true, mentor: { select: { fullName: true } } } });
    if (paired) throw new AppError("ALREADY_PAIRED", "mentoring.rounds.alreadyPaired", { name: paired.mentor.fullName, status: paired.status });
    const chain = await managerChain(tx, actor.id);
    const mentors = await tx.mentorProfile.findMany({
      where: { staffId: { in: input.mentorIds }, listed: true, staff: { active: true } },
      select: { staffId: true, staff: { select: { fullName: true } } },
    });
    if (mentors.length !== input.mentorIds.length) throw new AppError("NOT_LISTED", "mentoring.rounds.mentorNotListed", {}, { field: "mentorIds" });
    for (const m of mentors) {
      if (m.staffId === actor.id) throw new AppError("INVALID", "mentoring.rounds.rankSelf", {}, { field: "mentorIds" });
      if (chain.includes(m.staffId)) throw new AppError("REPORTING_LINE", "mentoring.rounds.reportingLine", { name: m.staff.fullName }, { field: "mentorIds" });
    }
    await tx.matchingRoundEntry.upsert({
      where: { roundId_menteeId: { roundId: round.id, menteeId: actor.id } },
      create: { roundId: round.id, menteeId: actor.id, ranking: input.mentorIds, submittedAt: asOf },
      update: { ranking: input.mentorIds, submittedAt: asOf },
    });
    return { roundId: round.id, ranking: input.mentorIds };
  });
}
