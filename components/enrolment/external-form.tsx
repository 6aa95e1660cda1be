"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { DeclareExternalInput, MAX_CERTIFICATE_BYTES } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Alert } from "~/components/ui/alert";
import { useToast } from "~/components/ui/toast";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A learner declares a course taken elsewhere with its certificate; it counts once L&D approves it. */
export function ExternalForm({ categories, today }: { categories: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("enrolment.external");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [v, setV] = useState({ title: "", provider: "", categoryId: "", startDate: "", endDate: "", trainingDays: "", description: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const declare = useMutation(trpc.records.declareExternal.mutationOptions());
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    const file = fileRef.current?.files?.[0];
    if (file && file.size > MAX_CERTIFICATE_BYTES) return setErrors({ certificate: t("tooLarge") });
    const parsed = DeclareExternalInput.safeParse({ ...v, certificate: { name: file?.name ?? "", base64: file ? await toBase64(file) : "" } });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const i of parsed.error.issues) next[String(i.path[0])] ??= i.path[0] === "certificate" ? t("attach") : i.message;
      return setErrors(next);
    }
    setErrors({});
    try {
      await declare.mutateAsync(parsed.data);
      toast("success", t("sent"));
      setV({ title: "", provider: "", categoryId: "", startDate: "", endDate: "", trainingDays: "", description: "" });
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    } catch (err) {
      const field = fieldError(err);
      if (field) setErrors({ [field]: errorMessage(err, tc("somethingWentWrong")) });
      else setFormError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label={t("titleLabel")} hint={t("titleHint")} error={errors.title}>
        {(p) => <Input {...p} value={v.title} onChange={set("title")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("provider")} hint={t("providerHint")} error={errors.provider}>
          {(p) => <Input {...p} value={v.provider} onChange={set("provider")} />}
        </Field>
        <Field label={t("category")} error={errors.categoryId}>
          {(p) => (
            <Select {...p} value={v.categoryId} onChange={set("categoryId")}>
              <option value="">{t("chooseCategory")}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("startDate")} error={errors.startDate}>
          {(p) => <Input {...p} type="date" max={today} value={v.startDate} onChange={set("startDate")} />}
        </Field>
        <Field label={t("endDate")} error={errors.endDate}>
          {(p) => <Input {...p} type="date" max={today} value={v.endDate} onChange={set("endDate")} />}
        </Field>
        <Field label={t("trainingDays")} hint={t("trainingDaysHint")} error={errors.trainingDays}>
          {(p) => <Input {...p} inputMode="decimal" value={v.trainingDays} onChange={set("trainingDays")} />}
        </Field>
        <Field label={t("certificate")} hint={t("certificateHint")} error={errors.certificate}>
          {(p) => <input {...p} ref={fileRef} type="file" accept="application/pdf,image/png,image/jpeg" className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium" />}
        </Field>
      </div>
      <Field label={t("description")} hint={t("descriptionHint")} error={errors.description}>
        {(p) => <Textarea {...p} value={v.description} onChange={set("description")} />}
      </Field>
      {formError && <Alert tone="danger">{formError}</Alert>}
      <Button type="submit" busy={declare.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
