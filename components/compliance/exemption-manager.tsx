"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { GrantExemptionInput, RevokeExemptionInput } from "~/lib/schemas/compliance";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";

export type ExemptionRow = {
  id: string;
  reason: string;
  grantedAt: Date;
  grantedBy: string | null;
  staff: { id: string; fullName: string; employeeId: string; department: { name: string } | null };
};

/** L&D exempts people from a requirement (with a reason, audited) and revokes exemptions. */
export function ExemptionManager({ requirementId, initial, canEdit }: { requirementId: string; initial: ExemptionRow[]; canEdit: boolean }) {
  const t = useTranslations("compliance.requirement");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [person, setPerson] = useState<{ id: string; fullName: string } | null>(null);
  const [revoking, setRevoking] = useState<ExemptionRow | null>(null);
  const search = useQuery(trpc.people.search.queryOptions({ query }, { enabled: open && query.trim().length >= 2 }));

  function reset() {
    setOpen(false);
    setQuery("");
    setPerson(null);
    grant.clear();
  }
  const grant = useFormAction({
    schema: GrantExemptionInput,
    mutation: trpc.compliance.grantExemption.mutationOptions(),
    values: (f) => ({ requirementId, staffId: person?.id ?? "", reason: f.text("reason") }),
    success: () => t("exempted", { name: person?.fullName ?? "" }),
    onSuccess: (_, __, form) => {
      reset();
      form?.reset();
    },
  });
  const revoke = useFormAction({
    schema: RevokeExemptionInput,
    mutation: trpc.compliance.revokeExemption.mutationOptions(),
    values: (f) => ({ requirementId, staffId: revoking?.staff.id ?? "", reason: f.text("reason") }),
    success: t("revoked"),
    onSuccess: () => setRevoking(null),
  });

  const results = (search.data ?? []).filter((s) => s.active);
  return (
    <section aria-labelledby="exemptions-title">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="exemptions-title" className="text-lg font-semibold text-slate-900">
            {t("exemptions")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("exemptionsDescription")}</p>
        </div>
        {canEdit && (
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t("exempt")}
          </Button>
        )}
      </div>
      {initial.length === 0 ? (
        <EmptyState title={t("noExemptions")} />
      ) : (
        <Table caption={t("exemptions")}>
          <thead>
            <tr>
              <Th>{t("person")}</Th>
              <Th>{t("reason")}</Th>
              <Th>{t("grantedBy")}</Th>
              <Th>{t("grantedAt")}</Th>
              {canEdit && (
                <Th className="text-right">
                  <span className="sr-only">{t("revoke")}</span>
                </Th>
              )}
            </tr>
          </thead>
          <TBody>
            {initial.map((x) => (
              <tr key={x.id}>
                <Td>
                  <span className="font-medium">{x.staff.fullName}</span>
                  <span className="block text-xs text-slate-500">
                    {x.staff.employeeId}
                    {x.staff.department ? ` · ${x.staff.department.name}` : ""}
                  </span>
                </Td>
                <Td>{x.reason}</Td>
                <Td>{x.grantedBy ?? "—"}</Td>
                <Td>{format.dateTime(x.grantedAt, { dateStyle: "medium" })}</Td>
                {canEdit && (
                  <Td className="text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`${t("revoke")}: ${x.staff.fullName}`}
                      onClick={() => {
                        revoke.clear();
                        setRevoking(x);
                      }}
                    >
                      {t("revoke")}
                    </Button>
                  </Td>
                )}
              </tr>
            ))}
          </TBody>
        </Table>
      )}

      <Dialog
        open={open}
        onClose={reset}
        onSubmit={grant.onSubmit}
        title={t("exempt")}
        footer={
          <>
            <Button variant="secondary" onClick={reset}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={grant.pending} disabled={!person}>
              {t("exempt")}
            </SubmitButton>
          </>
        }
      >
        {person ? (
          <p className="text-sm">
            <span className="font-medium">{t("person")}:</span> {person.fullName}{" "}
            <button type="button" className="ml-2 text-brand-700 underline" onClick={() => setPerson(null)}>
              {tc("cancel")}
            </button>
          </p>
        ) : (
          <>
            <Field label={t("searchPerson")}>{(p) => <Input {...p} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />}</Field>
            {query.trim().length >= 2 && search.isSuccess && results.length === 0 && <p className="text-sm text-slate-600">{t("noMatch")}</p>}
            {results.length > 0 && (
              <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200">
                {results.map((s) => (
                  <li key={s.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                    <span>
                      <span className="font-medium">{s.fullName}</span>
                      <span className="block text-xs text-slate-500">
                        {s.employeeId} · {s.department?.name}
                      </span>
                    </span>
                    <Button size="sm" variant="secondary" aria-label={t("choose", { name: s.fullName })} onClick={() => setPerson({ id: s.id, fullName: s.fullName })}>
                      {t("person")}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <Field label={t("reason")} error={grant.error("reason")}>
          {(p) => <Textarea {...p} name="reason" maxLength={500} />}
        </Field>
        <FormError message={grant.formError} />
      </Dialog>

      <Dialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        onSubmit={revoke.onSubmit}
        title={t("revokeTitle", { name: revoking?.staff.fullName ?? "" })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              {tc("cancel")}
            </Button>
            <SubmitButton variant="danger" busy={revoke.pending}>
              {t("revoke")}
            </SubmitButton>
          </>
        }
      >
        <Field label={t("revokeReason")} error={revoke.error("reason")}>
          {(p) => <Textarea {...p} name="reason" maxLength={500} />}
        </Field>
        <FormError message={revoke.formError} />
      </Dialog>
    </section>
  );
}
