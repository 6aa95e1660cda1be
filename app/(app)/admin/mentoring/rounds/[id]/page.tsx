import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getRound, previewRound, roundPairings, roundRankingWindow } from "~/server/mentoring/rounds";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { PageHeader } from "~/components/ui/page-header";
import { Stat } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Alert } from "~/components/ui/alert";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { MatchReasons } from "~/components/mentoring/match-reasons";
import { RoundWorkbench } from "~/components/mentoring/admin/round-workbench";
import { CancelRoundButton } from "~/components/mentoring/admin/cancel-round-button";
import { TextLink } from "~/components/ui/link";
import { toIsoDate } from "~/lib/dates";

async function load(id: string) {
  try {
    return await getRound(id);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN");
  const round = await load((await params).id);
  return { title: round.name };
}

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN");
  const round = await load((await params).id);
  const t = await getTranslations("mentoring");
  const format = await getFormatter();
  const closes = format.dateTime(new Date(`${round.closesOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const header = (
    <PageHeader
      title={round.name}
      description={t("rounds.detail", { date: closes, entrants: round.entries, open: round.status === "OPEN" && round.closesOn >= toIsoDate(new Date()) ? "yes" : "no" })}
      actions={
        <>
          <Badge tone={round.status === "PUBLISHED" ? "success" : round.status === "OPEN" ? "info" : "neutral"}>{t(`rounds.statuses.${round.status}`)}</Badge>
          {round.status === "OPEN" && <CancelRoundButton roundId={round.id} />}
        </>
      }
    />
  );

  if (round.status === "PUBLISHED" && round.result) {
    const pairings = await roundPairings(round.id, localeOr(await getLocale()));
    const r = round.result;
    return (
      <>
        {header}
        <Alert tone="success" title={t("rounds.publishedTitle")}>
          {t("rounds.publishedText", { date: format.dateTime(round.publishedAt!, { dateStyle: "long" }), algorithm: t(`workbench.algorithms.${round.algorithm}`) })}
        </Alert>
        <dl className="my-6 grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <Stat label={t("workbench.entrants")} value={r.entrants} />
          <Stat label={t("workbench.matched")} value={r.matched} />
          <Stat label={t("workbench.firstChoice")} value={r.firstChoice} />
          <Stat label={t("workbench.top3")} value={r.top3} />
          <Stat label={t("workbench.unmatched")} value={r.unmatched} />
          <Stat label={t("workbench.averageScore")} value={r.averageScore === null ? "—" : format.number(r.averageScore, { maximumFractionDigits: 2 })} />
        </dl>
        <Table caption={t("workbench.pairs")} captionHidden={false}>
          <thead>
            <tr>
              <Th>{t("workbench.mentee")}</Th>
              <Th>{t("workbench.mentor")}</Th>
              <Th>{t("rounds.pairingStatus")}</Th>
              <Th>{t("workbench.why")}</Th>
            </tr>
          </thead>
          <TBody>
            {pairings.map((p) => (
              <tr key={p.id}>
                <Td className="font-medium">
                  <TextLink href={`/mentoring/pairings/${p.id}`}>
                    {p.mentee.fullName}
                  </TextLink>
                </Td>
                <Td>{p.mentor.fullName}</Td>
                <Td>
                  <Badge>{t(`pairingStatus.${p.status}`)}</Badge>
                </Td>
                <Td>
                  <MatchReasons reasons={(p.reasons ?? []) as MatchReason[]} />
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </>
    );
  }

  if (round.status !== "OPEN") {
    return (
      <>
        {header}
        <Alert tone="info">{t("rounds.cancelledText")}</Alert>
      </>
    );
  }

  const run = { roundId: round.id, algorithm: round.algorithm, weights: round.weights, rankedOnly: round.rankedOnly };
  const [preview, ranking] = await Promise.all([previewRound(run, undefined, localeOr(await getLocale())), roundRankingWindow(round.id)]);
  return (
    <>
      {header}
      <RoundWorkbench initial={run} initialPreview={preview} ranking={ranking} />
    </>
  );
}
