"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { EnrolPeopleInput, type EnrolTarget } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Field, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Option = { id: string; code: string; name: string; people: number };
export type AudienceChoices = { grades: { grade: string; people: number }[]; departments: Option[]; sectors: Option[]; dutyStations: Option[] };

type Preview = { matched: number; unknown: string[]; sample: { employeeId: string; fullName: string }[]; inactive: number; already: number; elsewhere: number; willEnrol: number; willWaitlist: number; waitlistClosed: number; seatsLeft: number | null };
type Result = { enrolled: number; waitlisted: number; already: number; rejected: { employeeId: string; fullName: string; reason: string }[]; unknown: string[] };

/** L&D enrols one person, a pasted list, or an audience (grades × departments × sectors × duty stations): preview, then confirm. */
export function EnrolPeoplePanel({ target, choices }: { target: EnrolTarget; choices: AudienceChoices }) {
  const t = useTranslations("enrolment.enrolPeople");
  const trpc = useTRPC();
  const [by, setBy] = useState<"list" | "audience">("list");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const previewM = useFormAction({
    schema: EnrolPeopleInput,
    mutation: trpc.sessions.previewEnrolment.mutationOptions(),
    values: (f) => ({
      target,
      people: by === "list" ? { by, text: f.text("text") } : { by, filter: { grades: f.all("grades"), departmentIds: f.all("departmentIds"), sectorIds: f.all("sectorIds"), dutyStationIds: f.all("dutyStationIds") } },
    }),
    onSuccess: setPreview,
    refresh: false,
  });
  const enrolM = useFormAction({
    schema: EnrolPeopleInput,
    mutation: trpc.sessions.enrolPeople.mutationOptions(),
    success: (r) => t("done", { enrolled: r.enrolled, waitlisted: r.waitlisted }),
    onSuccess: (r) => {
      setResult(r);
      setPreview(null);
    },
  });
  // Any change to who is chosen makes the preview (and the last result) stale.
  function changed() {
    setPreview(null);
    setResult(null);
    previewM.clear();
  }

  return (
    <form onSubmit={previewM.onSubmit} onChange={changed} className="space-y-4" noValidate>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("who")}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {(["list", "audience"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="radio" name="enrol-by" value={k} defaultChecked={k === "list"} onChange={() => setBy(k)} className="size-4 accent-brand-600" />
              {t(`by.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {by === "list" ? (
        <Field label={t("listLabel")} hint={t("listHint")}>
          {(p) => <Textarea {...p} name="text" rows={4} />}
        </Field>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("grades")} hint={t("multiHint")}>
            {(p) => (
              <Select {...p} multiple size={6} name="grades">
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
              <Select {...p} multiple size={6} name="departmentIds">
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
              <Select {...p} multiple size={4} name="sectorIds">
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
              <Select {...p} multiple size={4} name="dutyStationIds">
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
      <FormError message={previewM.formError ?? enrolM.formError} />
      <SubmitButton variant="secondary" busy={previewM.pending}>
        {t("preview")}
      </SubmitButton>

      {preview && (
        <div className="space-y-3 rounded-md bg-slate-50 p-4 text-sm ring-1 ring-slate-200" aria-live="polite">
          <p className="font-medium text-slate-900">{t("matched", { count: preview.matched })}</p>
          <ul className="list-inside list-disc text-slate-700">
            <li>{t("willEnrol", { count: preview.willEnrol })}</li>
            {preview.seatsLeft !== null && <li>{t("willWaitlist", { count: preview.willWaitlist, seats: preview.seatsLeft })}</li>}
            {preview.already > 0 && <li>{t("already", { count: preview.already })}</li>}
            {preview.elsewhere > 0 && <li>{t("elsewhere", { count: preview.elsewhere })}</li>}
            {preview.inactive > 0 && <li>{t("inactive", { count: preview.inactive })}</li>}
            {preview.waitlistClosed > 0 && <li>{t("waitlistClosed", { count: preview.waitlistClosed })}</li>}
            {preview.unknown.length > 0 && <li>{t("unknown", { count: preview.unknown.length, list: preview.unknown.slice(0, 10).join(", ") })}</li>}
          </ul>
          {preview.sample.length > 0 && <p className="text-slate-600">{t("sample", { names: preview.sample.map((s) => s.fullName).join(", ") })}</p>}
          <Button onClick={() => previewM.variables && void enrolM.submit(previewM.variables)} busy={enrolM.pending} disabled={preview.willEnrol + preview.willWaitlist === 0}>
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
