"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { CreateRoundInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

export function RoundCreateForm({ defaultCloses }: { defaultCloses: string }) {
  const t = useTranslations("mentoring.rounds");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const create = useMutation(trpc.mentoringAdmin.createRound.mutationOptions());
  const [name, setName] = useState("");
  const [closesOn, setClosesOn] = useState(defaultCloses);
  const [errors, setErrors] = useState<{ name?: string; closesOn?: string }>({});
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = CreateRoundInput.safeParse({ name, closesOn });
        if (!parsed.success) {
          const f = parsed.error.flatten().fieldErrors;
          return setErrors({ name: f.name?.[0], closesOn: f.closesOn?.[0] });
        }
        try {
          const round = await create.mutateAsync(parsed.data);
          toast("success", t("created", { name: round.name }));
          router.push(`/admin/mentoring/rounds/${round.id}`);
        } catch (err) {
          setErrors(fieldError(err) === "closesOn" ? { closesOn: errorMessage(err, tc("somethingWentWrong")) } : { name: errorMessage(err, tc("somethingWentWrong")) });
        }
      }}
    >
      <Field label={t("name")} hint={t("nameHint")} error={errors.name}>
        {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />}
      </Field>
      <Field label={t("closesOn")} hint={t("closesOnHint")} error={errors.closesOn}>
        {(p) => <Input {...p} type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />}
      </Field>
      <Button type="submit" busy={create.isPending}>
        {t("open")}
      </Button>
    </form>
  );
}
