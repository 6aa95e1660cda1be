"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { ExemptionReason } from "~/lib/schemas/compliance";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input, Textarea } from "~/components/ui/form";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";

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
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [person, setPerson] = useState<{ id: string; fullName: string } | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ExemptionRow | null>(null);
  const [revokeReason, setRevokeReason] = useState("");
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const search = useQuery(trpc.people.search.queryOptions({ query }, { enabled: open && query.trim().length >= 2 }));
  const grant = useMutation(trpc.compliance.grantExemption.mutationOptions());
  const revoke = useMutation(trpc.compliance.revokeExemption.mutationOptions());

  function reset() {
    setOpen(false);
    setQuery("");
    setPerson(null);
    setReason("");
    setError(null);
  }

  async function onGrant() {
    if (!person) return setError(t("noMatch"));
    const r = ExemptionReason.safeParse(reason);
    if (!r.success) return setError(r.error.issues[0]?.message ?? null);
    try {
      await grant.mutateAsync({ requirementId, staffId: person.id, reason: r.data });
      toast("success", t("exempted", { name: person.fullName }));
      reset();
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onRevoke() {
    if (!revoking) return;
    const r = ExemptionReason.safeParse(revokeReason);
    if (!r.success) return setRevokeError(r.error.issues[0]?.message ?? null);
    try {
      await revoke.mutateAsync({ requirementId, staffId: revoking.staff.id, reason: r.data });
      toast("success", t("revoked"));
      setRevoking(null);
      router.refresh();
    } catch (err) {
      setRevokeError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

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
                        setRevoking(x);
                        setRevokeReason("");
                        setRevokeError(null);
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
        title={t("exempt")}
        footer={
          <>
            <Button variant="secondary" onClick={reset}>
              {tc("cancel")}
            </Button>
            <Button onClick={() => void onGrant()} busy={grant.isPending} disabled={!person}>
              {t("exempt")}
            </Button>
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
        <Field label={t("reason")} error={error}>
          {(p) => <Textarea {...p} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
        </Field>
      </Dialog>

      <Dialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        title={t("revokeTitle", { name: revoking?.staff.fullName ?? "" })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" onClick={() => void onRevoke()} busy={revoke.isPending}>
              {t("revoke")}
            </Button>
          </>
        }
      >
        <Field label={t("revokeReason")} error={revokeError}>
          {(p) => <Textarea {...p} value={revokeReason} onChange={(e) => setRevokeReason(e.target.value)} maxLength={500} />}
        </Field>
      </Dialog>
    </section>
  );
}
