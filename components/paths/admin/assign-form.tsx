"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { AssignPathInput } from "~/lib/schemas/paths";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Button } from "~/components/ui/button";

type Preview = { found: number; alreadyEnrolled: number; toAssign: number; inactive: number; unknown: string[] };

/** Assign the path to people by employee ID or e-mail: first a preview of who it reaches, then confirm. */
export function AssignForm({ pathId }: { pathId: string }) {
  const t = useTranslations("paths.admin");
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const check = useFormAction({
    schema: AssignPathInput,
    mutation: trpc.paths.previewAssign.mutationOptions(),
    values: (f) => ({ pathId, people: { by: "list", text: f.text("people") } }),
    refresh: false,
    onSuccess: (p, input) => {
      setPreview(p);
      setText(input.people.by === "list" ? input.people.text : "");
    },
    strip: 1,
  });
  const confirm = useFormAction({
    schema: AssignPathInput,
    mutation: trpc.paths.assign.mutationOptions(),
    success: (r) => t("assignedToast", { count: r.assigned }),
    onSuccess: () => setPreview(null),
  });
  return (
    <div className="space-y-3">
      <form onSubmit={check.onSubmit} className="space-y-3" noValidate>
        <Field label={t("people")} hint={t("peopleHint")} error={check.error("text")}>
          {(p) => <Textarea {...p} name="people" rows={3} required onChange={() => setPreview(null)} />}
        </Field>
        <FormError message={check.formError} />
        <SubmitButton busy={check.pending} variant="secondary">
          {t("preview")}
        </SubmitButton>
      </form>
      {preview && (
        <div className="space-y-2 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" aria-live="polite">
          <p>{t("previewLine", { toAssign: preview.toAssign, already: preview.alreadyEnrolled, inactive: preview.inactive })}</p>
          {preview.unknown.length > 0 && <p className="text-amber-800">{t("unknown", { list: preview.unknown.join(", ") })}</p>}
          <FormError message={confirm.formError} />
          <Button busy={confirm.pending} disabled={preview.toAssign === 0} onClick={() => void confirm.submit({ pathId, people: { by: "list", text } })}>
            {t("confirmAssign", { count: preview.toAssign })}
          </Button>
        </div>
      )}
    </div>
  );
}
