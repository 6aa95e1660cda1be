"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { formatDuration } from "~/lib/durations";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { MarkAttendanceInput } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { Badge } from "~/components/ui/badge";
import { FormError } from "~/components/ui/form-error";

type Mark = "ATTENDED" | "PARTIAL" | "NO_SHOW";
export type SheetDay = { id: string; label: string; hours: number; started: boolean };
export type SheetParticipant = {
  enrollmentId: string;
  name: string;
  employeeId: string;
  marks: Record<string, { mark: Mark; hours: number }>;
  record: { trainingDays: string; status: string } | null;
};

type Cell = { mark: Mark | ""; hours: string };

/**
 * The attendance sheet: one row per participant, one column per day (attended, partial with hours, no-show).
 * Saving sends only the cells that changed; the ledger row appears once a person's every day is marked.
 */
export function AttendanceSheet({ sessionId, days, participants, caption }: { sessionId: string; days: SheetDay[]; participants: SheetParticipant[]; caption: string }) {
  const t = useTranslations("enrolment.attendance");
  const td = useTranslations("durations");
  const trpc = useTRPC();
  const initial = useMemo(() => {
    const cells: Record<string, Cell> = {};
    for (const p of participants) {
      for (const d of days) {
        const m = p.marks[d.id];
        cells[`${p.enrollmentId}:${d.id}`] = m ? { mark: m.mark, hours: m.mark === "PARTIAL" ? String(m.hours) : "" } : { mark: "", hours: "" };
      }
    }
    return cells;
  }, [participants, days]);
  const [cells, setCells] = useState(initial);
  const [note, setNote] = useState("");
  const mark = useFormAction({
    schema: MarkAttendanceInput,
    mutation: trpc.sessions.markAttendance.mutationOptions(),
    success: (result) => t("saved", { recorded: result.recorded, revised: result.revised }),
    onSuccess: () => setNote(""),
  });

  const changed = Object.entries(cells).filter(([key, c]) => c.mark !== "" && (c.mark !== initial[key]!.mark || c.hours !== initial[key]!.hours));
  const hadMarks = changed.some(([key]) => initial[key]!.mark !== "");

  function set(key: string, patch: Partial<Cell>) {
    setCells((all) => ({ ...all, [key]: { ...all[key]!, ...patch } }));
  }

  function everyone(dayId: string, value: Mark) {
    setCells((all) => {
      const next = { ...all };
      for (const p of participants) {
        const key = `${p.enrollmentId}:${dayId}`;
        if (next[key]!.mark === "") next[key] = { mark: value, hours: "" };
      }
      return next;
    });
  }

  function save() {
    const marks = changed.map(([key, c]) => {
      const [enrollmentId, dayId] = key.split(":") as [string, string];
      return { enrollmentId, dayId, mark: c.mark as Mark, hours: c.mark === "PARTIAL" ? Number(c.hours.replace(",", ".")) : undefined };
    });
    void mark.submit({ sessionId, marks, note: note.trim() || undefined });
  }

  return (
    <div className="space-y-4">
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{t("participant")}</Th>
            {days.map((d) => (
              <Th key={d.id}>
                <span className="block">{d.label}</span>
                <span className="block text-xs font-normal text-slate-500">{t("hoursScheduled", { hours: d.hours })}</span>
                {d.started ? (
                  <button type="button" className="mt-1 text-xs font-medium text-brand-700 hover:underline" onClick={() => everyone(d.id, "ATTENDED")}>
                    {t("allAttended")}
                    <span className="sr-only"> — {d.label}</span>
                  </button>
                ) : (
                  <span className="mt-1 block text-xs font-normal text-slate-500">{t("notStarted")}</span>
                )}
              </Th>
            ))}
            <Th numeric>{t("credited")}</Th>
          </tr>
        </thead>
        <TBody>
          {participants.map((p) => (
            <tr key={p.enrollmentId}>
              <Td>
                <span className="font-medium text-slate-900">{p.name}</span>
                <span className="block text-xs text-slate-500">{p.employeeId}</span>
              </Td>
              {days.map((d) => {
                const key = `${p.enrollmentId}:${d.id}`;
                const c = cells[key]!;
                const label = t("cellLabel", { name: p.name, day: d.label });
                return (
                  <Td key={d.id}>
                    <div className="flex min-w-40 flex-col gap-1">
                      <Select aria-label={label} value={c.mark} disabled={!d.started} onChange={(e) => set(key, { mark: e.target.value as Mark | "", hours: "" })}>
                        <option value="">{t("unmarked")}</option>
                        <option value="ATTENDED">{t("mark.ATTENDED")}</option>
                        <option value="PARTIAL">{t("mark.PARTIAL")}</option>
                        <option value="NO_SHOW">{t("mark.NO_SHOW")}</option>
                      </Select>
                      {c.mark === "PARTIAL" && (
                        <Input
                          aria-label={t("hoursLabel", { name: p.name, day: d.label })}
                          inputMode="decimal"
                          placeholder={t("hoursPlaceholder")}
                          value={c.hours}
                          onChange={(e) => set(key, { hours: e.target.value })}
                        />
                      )}
                    </div>
                  </Td>
                );
              })}
              <Td numeric>
                {p.record ? (
                  p.record.status === "NO_SHOW" ? (
                    <Badge tone="danger">{t("noShow")}</Badge>
                  ) : (
                    <span data-testid={`credited-${p.employeeId}`}>{formatDuration((key, values) => td(key, values), p.record.trainingDays)}</span>
                  )
                ) : (
                  <span className="text-slate-500">{t("pending")}</span>
                )}
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
      {hadMarks && (
        <div className="max-w-xl">
          <Field label={t("noteLabel")} hint={t("noteHint")}>
            {(p) => <Input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </div>
      )}
      <FormError message={mark.formError ?? Object.values(mark.errors)[0]} />
      <div className="flex items-center gap-3">
        <Button onClick={save} busy={mark.pending} disabled={changed.length === 0 || !mark.hydrated}>
          {t("save")}
        </Button>
        <span className="text-sm text-slate-600" aria-live="polite">
          {t("changes", { count: changed.length })}
        </span>
      </div>
    </div>
  );
}
