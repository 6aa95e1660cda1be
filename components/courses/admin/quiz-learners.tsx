"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { GrantAttemptInput } from "~/lib/schemas/courses";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";

export type QuizLearnerView = {
  progressId: string;
  lessonId: string;
  lessonTitle: string;
  staff: { fullName: string; email: string };
  cycle: number;
  attempts: number;
  bestScore: number;
  lastAttemptAt: Date;
  state: "open" | "waiting" | "closed";
  attemptsLeft: number | null;
  opensAt: Date | null;
  grants: { grantedAt: Date; reason: string; grantedBy: string }[];
};

/** Learners who have tried a course's quiz and not passed it yet, with one more attempt for those who cannot try now. */
export function QuizLearners({ rows }: { rows: QuizLearnerView[] }) {
  const t = useTranslations("courses.admin.attempts");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const [target, setTarget] = useState<QuizLearnerView | null>(null);
  const grant = useFormAction({
    schema: GrantAttemptInput,
    mutation: trpc.courseAuthoring.grantAttempt.mutationOptions(),
    values: (f) => ({ progressId: target?.progressId, lessonId: target?.lessonId, reason: f.text("reason") }),
    success: () => t("granted", { name: target?.staff.fullName ?? "" }),
    onSuccess: () => setTarget(null),
  });
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  if (rows.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <>
      <Table caption={t("caption")}>
        <thead>
          <tr>
            <Th>{t("learner")}</Th>
            <Th>{t("quiz")}</Th>
            <Th numeric>{t("attemptsCol")}</Th>
            <Th numeric>{t("best")}</Th>
            <Th>{t("now")}</Th>
            <Th>{t("grants")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <TBody>
          {rows.map((r) => (
            <tr key={`${r.progressId}:${r.lessonId}`}>
              <Td>
                <span className="block font-medium">{r.staff.fullName}</span>
                <span className="block text-xs text-slate-500">{r.staff.email}</span>
                {r.cycle > 1 && <span className="block text-xs text-slate-500">{t("cycle", { cycle: r.cycle })}</span>}
              </Td>
              <Td>{r.lessonTitle}</Td>
              <Td numeric>{r.attempts}</Td>
              <Td numeric>{t("score", { score: r.bestScore })}</Td>
              <Td>
                {r.state === "open" ? (
                  <Badge tone="success">{r.attemptsLeft === null ? t("openUnlimited") : t("open", { left: r.attemptsLeft })}</Badge>
                ) : r.state === "waiting" && r.opensAt ? (
                  <Badge tone="warning">{t("waiting", { date: when(r.opensAt) })}</Badge>
                ) : (
                  <Badge tone="danger">{t("closed")}</Badge>
                )}
              </Td>
              <Td>
                {r.grants.length === 0 ? (
                  <span className="text-slate-500">{t("noGrants")}</span>
                ) : (
                  <ul className="space-y-1 text-xs">
                    {r.grants.map((g, i) => (
                      <li key={i}>{t("grantLine", { date: when(g.grantedAt), by: g.grantedBy, reason: g.reason })}</li>
                    ))}
                  </ul>
                )}
              </Td>
              <Td>
                {r.state !== "open" && (
                  <Button size="sm" variant="secondary" onClick={() => setTarget(r)}>
                    {t("grant", { name: r.staff.fullName })}
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
      <Dialog
        open={!!target}
        onClose={() => {
          grant.clear();
          setTarget(null);
        }}
        onSubmit={grant.onSubmit}
        title={t("grantTitle", { name: target?.staff.fullName ?? "" })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setTarget(null)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={grant.pending}>{t("grantSubmit")}</SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("grantBody")}</p>
        <Field label={t("reason")} hint={t("reasonHint")} error={grant.error("reason")}>
          {(p) => <Textarea {...p} name="reason" rows={3} maxLength={500} />}
        </Field>
        <FormError message={grant.formError} />
      </Dialog>
    </>
  );
}
