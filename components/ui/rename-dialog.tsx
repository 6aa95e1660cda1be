"use client";

import type { UseMutationOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { useTranslations } from "next-intl";
import { useFormAction } from "~/lib/forms/use-form-action";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Renamed = { id: string; name: string };

/** Renames one thing (a category, an expertise area, an API token) in a dialog: open while `target` is set. */
export function RenameDialog<TData, TError, TContext>({
  target,
  onClose,
  title,
  label,
  schema,
  mutation,
  success,
  maxLength,
}: {
  target: Renamed | null;
  onClose: () => void;
  title: string;
  label: string;
  schema: z.ZodType<Renamed>;
  mutation: UseMutationOptions<TData, TError, Renamed, TContext>;
  success: string;
  maxLength?: number;
}) {
  const tc = useTranslations("common");
  const rename = useFormAction({ schema, mutation, values: (f) => ({ id: target?.id, name: f.text("name") }), success, onSuccess: onClose });
  return (
    <Dialog
      open={!!target}
      onClose={() => {
        rename.clear();
        onClose();
      }}
      onSubmit={rename.onSubmit}
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {tc("cancel")}
          </Button>
          <SubmitButton busy={rename.pending}>{tc("save")}</SubmitButton>
        </>
      }
    >
      <Field label={label} error={rename.error("name")}>
        {(p) => <Input {...p} name="name" defaultValue={target?.name} maxLength={maxLength} />}
      </Field>
      <FormError message={rename.formError} />
    </Dialog>
  );
}
