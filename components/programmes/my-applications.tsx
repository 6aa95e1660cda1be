import { getFormatter, getTranslations } from "next-intl/server";
import type { MyApplication } from "~/server/programmes/catalogue";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TextLink } from "~/components/ui/link";
import { ApplicationBadge, EndorsementBadge } from "~/components/programmes/status";
import { WithdrawApplicationButton } from "~/components/programmes/application-form";

/** The person's applications with their status as they may see it and their endorsement; withdraw where allowed. */
export async function MyApplicationsTable({ applications }: { applications: MyApplication[] }) {
  const t = await getTranslations("programmes");
  const format = await getFormatter();
  if (applications.length === 0) return <p className="text-sm text-slate-600">{t("mine.empty")}</p>;
  return (
    <Table caption={t("mine.heading")}>
      <thead>
        <tr>
          <Th>{t("mine.programme")}</Th>
          <Th>{t("mine.cohort")}</Th>
          <Th>{t("mine.status")}</Th>
          <Th>{t("mine.endorsement")}</Th>
          <Th>{t("mine.submitted")}</Th>
          <Th>
            <span className="sr-only">{t("application.withdraw")}</span>
          </Th>
        </tr>
      </thead>
      <TBody>
        {applications.map((a) => (
          <tr key={a.id}>
            <Td className="font-medium">
              <TextLink href={`/programmes/${a.programmeCode}`}>{a.programmeName}</TextLink>
            </Td>
            <Td>{a.cohortName}</Td>
            <Td>
              <ApplicationBadge status={a.status}>{t(`status.${a.status}`)}</ApplicationBadge>
              {a.waitlistPosition !== null && <p className="mt-1 text-xs text-slate-600">{t("application.waitlistPosition", { position: a.waitlistPosition })}</p>}
            </Td>
            <Td className="max-w-xs text-sm">
              <EndorsementBadge status={a.endorsement}>{t(`endorsementState.${a.endorsement}`)}</EndorsementBadge>
            </Td>
            <Td>{format.dateTime(a.submittedAt, { dateStyle: "medium" })}</Td>
            <Td className="text-right">{a.canWithdraw && <WithdrawApplicationButton applicationId={a.id} />}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
