import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getOutboxMessage } from "~/server/mail/outbox";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { RetryMailButton } from "~/components/compliance/retry-mail-button";
import { StatusBadge } from "~/components/ui/status-badge";
import { outboxSubject } from "~/server/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const subject = await outboxSubject(await requireRole("LD_ADMIN"), (await params).id);
  return { title: subject ? (await getTranslations("titles"))("mail", { subject }) : (await getTranslations("compliance.outbox"))("title") };
}


export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const m = await getOutboxMessage(id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const t = await getTranslations("compliance.outbox");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={m.subject}
        description={t("messageTitle", { to: m.to })}
        actions={
          <>
            {m.status === "FAILED" && <RetryMailButton id={m.id} />}
            <ButtonLink href="/admin/outbox" variant="secondary">
              {t("back")}
            </ButtonLink>
          </>
        }
      />
      <dl className="mb-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="inline text-slate-600">{t("status")}: </dt>
          <dd className="inline">
            <StatusBadge kind="mail" status={m.status}>{t(`status${m.status}`)}</StatusBadge>
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">{t("created")}: </dt>
          <dd className="inline">{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        </div>
        {m.sentAt && (
          <div>
            <dt className="inline text-slate-600">{t("sentAt")}: </dt>
            <dd className="inline">{format.dateTime(m.sentAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          </div>
        )}
        <div>
          <dt className="inline text-slate-600">{t("attempts")}: </dt>
          <dd className="inline">{m.attempts}</dd>
        </div>
        {m.lastError && (
          <div className="w-full">
            <dt className="inline text-slate-600">{t("lastError")}: </dt>
            <dd className="inline font-mono text-xs text-red-800">{m.lastError}</dd>
          </div>
        )}
      </dl>
      <Card>
        {/* Plain text only: the stored HTML is never rendered here. */}
        <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-900">{m.text}</pre>
      </Card>
    </>
  );
}
