"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { EnrolPeopleInput, type EnrolTarget } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Field, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { useToast } from "~/components/ui/toast";

type Option = { id: string; code: string; name: string; people: number };
export type AudienceChoices = { grades: { grade: string; people: number }[]; departments: Option[]; sectors: Option[]; dutyStations: Option[] };

type Preview = { matched: number; unknown: string[]; sample: { employeeId: string; fullName: string }[]; inactive: number; already: number; elsewhere: number; willEnrol: number; willWaitlist: number; seatsLeft: number | null };
type Result = { enrolled: number; waitlisted: number; already: number; rejected: { employeeId: string; fullName: string; reason: string }[]; unknown: string[] };

const selected = (e: React.ChangeEvent<HTMLSelectElement>) => Array.from(e.target.selectedOptions, (o) => o.value);

/** L&D enrols one person, a pasted list, or an audience (grades × departments × sectors × duty stations): preview, then confirm. */
export function EnrolPeoplePanel({ target, choices }: { target: EnrolTarget; choices: AudienceChoices }) {
  const t = useTranslations("enrolment.enrolPeople");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [by, setBy] = useState<"list" | "audience">("list");
  const [text, setText] = useState("");
  const [grades, setGrades] = useState<string[]>([]);
  const [departmentIds, setDepartments] = useState<string[]>([]);
  const [sectorIds, setSectors] = useState<string[]>([]);
  const [dutyStationIds, setStations] = useState<string[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewM = useMutation(trpc.sessions.previewEnrolment.mutationOptions());
  const enrolM = useMutation(trpc.sessions.enrolPeople.mutationOptions());

  function input() {
    const people = by === "list" ? { by, text } : { by, filter: { grades, departmentIds, sectorIds, dutyStationIds } };
    return EnrolPeopleInput.safeParse({ target, people });
  }
  function changed<T>(setter: (v: T) => void) {
    return (v: T) => {
      setter(v);
      setPreview(null);
      setResult(null);
    };
  }

  async function onPreview(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setResult(null);
    const parsed = input();
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? null);
    try {
      setPreview(await previewM.mutateAsync(parsed.data));
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onConfirm() {
    const parsed = input();
    if (!parsed.success) return;
    try {
      const r = await enrolM.mutateAsync(parsed.data);
      setResult(r);
      setPreview(null);
      toast("success", t("done", { enrolled: r.enrolled, waitlisted: r.waitlisted }));
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  return (
    <form onSubmit={onPreview} className="space-y-4" noValidate>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("who")}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {(["list", "audience"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="radio" name="enrol-by" value={k} checked={by === k} onChange={() => changed(setBy)(k)} className="size-4 accent-brand-600" />
              {t(`by.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {by === "list" ? (
        <Field label={t("listLabel")} hint={t("listHint")}>
          {(p) => <Textarea {...p} value={text} onChange={(e) => changed(setText)(e.target.value)} rows={4} />}
        </Field>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("grades")} hint={t("multiHint")}>
            {(p) => (
              <Select {...p} multiple size={6} value={grades} onChange={(e) => changed(setGrades)(selected(e))}>
                {choices.grades.map((g) => (
                  <option key={g.grade} value={g.grade}>
                    {t("optionCount", { name: g.grade, count: g.people })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("departments")} hint={t("multiHint")}>
            {(p) => (
              <Select {...p} multiple size={6} value={departmentIds} onChange={(e) => changed(setDepartments)(selected(e))}>
                {choices.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t("optionCount", { name: d.name, count: d.people })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("sectors")} hint={t("multiHint")}>
            {(p) => (
              <Select {...p} multiple size={4} value={sectorIds} onChange={(e) => changed(setSectors)(selected(e))}>
                {choices.sectors.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t("optionCount", { name: d.name, count: d.people })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("dutyStations")} hint={t("multiHint")}>
            {(p) => (
              <Select {...p} multiple size={4} value={dutyStationIds} onChange={(e) => changed(setStations)(selected(e))}>
                {choices.dutyStations.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t("optionCount", { name: d.name, count: d.people })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      )}
      {error && <Alert tone="danger">{error}</Alert>}
      <Button type="submit" variant="secondary" busy={previewM.isPending}>
        {t("preview")}
      </Button>

      {preview && (
        <div className="space-y-3 rounded-md bg-slate-50 p-4 text-sm ring-1 ring-slate-200" aria-live="polite">
          <p className="font-medium text-slate-900">{t("matched", { count: preview.matched })}</p>
          <ul className="list-inside list-disc text-slate-700">
            <li>{t("willEnrol", { count: preview.willEnrol })}</li>
            {preview.seatsLeft !== null && <li>{t("willWaitlist", { count: preview.willWaitlist, seats: preview.seatsLeft })}</li>}
            {preview.already > 0 && <li>{t("already", { count: preview.already })}</li>}
            {preview.elsewhere > 0 && <li>{t("elsewhere", { count: preview.elsewhere })}</li>}
            {preview.inactive > 0 && <li>{t("inactive", { count: preview.inactive })}</li>}
            {preview.unknown.length > 0 && <li>{t("unknown", { count: preview.unknown.length, list: preview.unknown.slice(0, 10).join(", ") })}</li>}
          </ul>
          {preview.sample.length > 0 && <p className="text-slate-600">{t("sample", { names: preview.sample.map((s) => s.fullName).join(", ") })}</p>}
          <Button onClick={() => void onConfirm()} busy={enrolM.isPending} disabled={preview.willEnrol + preview.willWaitlist === 0}>
            {t("confirm", { count: preview.willEnrol + preview.willWaitlist })}
          </Button>
        </div>
      )}
      {result && (
        <Alert tone="success" title={t("done", { enrolled: result.enrolled, waitlisted: result.waitlisted })}>
          {result.already > 0 && <p>{t("already", { count: result.already })}</p>}
          {result.rejected.length > 0 && (
            <ul className="mt-1 list-inside list-disc">
              {result.rejected.map((r) => (
                <li key={r.employeeId}>{t("rejectedLine", { name: r.fullName, reason: r.reason })}</li>
              ))}
            </ul>
          )}
          {result.unknown.length > 0 && <p>{t("unknown", { count: result.unknown.length, list: result.unknown.slice(0, 10).join(", ") })}</p>}
        </Alert>
      )}
    </form>
  );
}
