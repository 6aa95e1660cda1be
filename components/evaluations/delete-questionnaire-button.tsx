"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { QuestionnaireIdInput } from "~/lib/schemas/evaluations";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

/** Deletes an unused questionnaire after the person confirms. */
export function DeleteQuestionnaireButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("evaluations.questionnaires");
  const trpc = useTRPC();
  const form = useFormAction({ schema: QuestionnaireIdInput, mutation: trpc.evaluations.deleteQuestionnaire.mutationOptions(), success: t("deleted") });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        busy={form.pending}
        onClick={() => {
          if (window.confirm(t("deleteConfirm", { name }))) void form.submit({ questionnaireId: id });
        }}
      >
        {t("delete")}
      </Button>
      <FormError message={form.formError} />
    </div>
  );
}
