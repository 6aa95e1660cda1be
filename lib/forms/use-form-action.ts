"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { useToast } from "~/components/ui/toast";
import { errorMessage, serverFieldErrors } from "~/lib/trpc/errors";
import { formValues, issuesByField, type FormValues } from "~/lib/forms/form-values";
import { useHydrated } from "~/lib/forms/use-hydrated";

export type FieldErrors = Partial<Record<string, string>>;

type Options<TData, TVars, TError, TContext> = {
  /** The shared schema the procedure takes as `.input()`; its output is what is sent. */
  schema: z.ZodType<TVars>;
  /** `trpc.<router>.<procedure>.mutationOptions()`. */
  mutation: UseMutationOptions<TData, TError, TVars, TContext>;
  /** The raw values of a submitted <form>, read from its FormData (defaults to every field as text). */
  values?: (form: FormValues, element: HTMLFormElement) => unknown;
  /** The success toast, or null for none. */
  success?: string | null | ((data: TData, input: TVars) => string | null);
  /** Runs after the toast (close a dialog, navigate…). */
  onSuccess?: (data: TData, input: TVars, form: HTMLFormElement | null) => void;
  /** Refreshes the page's server components after success (default true; false when onSuccess navigates). */
  refresh?: boolean;
  /** Clears the submitted <form> after success (for "add another" forms). */
  resetOnSuccess?: boolean;
  /** Leading path segments to drop from zod issue paths ("lesson.passMark" → "passMark"). */
  strip?: number;
};

/**
 * The one form layer: read the fields, validate with the shared zod schema, show zod issues and the server's field
 * errors under their fields (anything else in one FormError), mutate, toast, refresh. Forms keep their inputs
 * uncontrolled and submit through `onSubmit`; `submit(raw)` serves forms that are not a <form> (dialogs, button rows).
 */
export function useFormAction<TData, TVars, TError, TContext>({ schema, mutation, values, success, onSuccess, refresh = true, resetOnSuccess, strip = 0 }: Options<TData, TVars, TError, TContext>) {
  const tc = useTranslations("common");
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const mutate = useMutation(mutation);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  /** Field errors whose field is not in the form (or no form) are shown as the form's error instead. */
  function show(found: Record<string, string>, form: HTMLFormElement | null) {
    const fields: FieldErrors = {};
    let rest: string | null = null;
    for (const [key, message] of Object.entries(found)) {
      const name = key.split(".")[0]!;
      if (key !== "" && (!form || form.elements.namedItem(name) || form.querySelector(`[data-field="${CSS.escape(name)}"]`))) fields[key] ??= message;
      else rest ??= message;
    }
    setErrors(fields);
    setFormError(rest);
  }

  async function submit(raw: unknown, form: HTMLFormElement | null = null): Promise<TData | undefined> {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      show(issuesByField(parsed.error, strip), form);
      return undefined;
    }
    setErrors({});
    setFormError(null);
    try {
      const data = await mutate.mutateAsync(parsed.data);
      const message = typeof success === "function" ? success(data, parsed.data) : success;
      if (message) toast("success", message);
      if (resetOnSuccess) form?.reset();
      onSuccess?.(data, parsed.data, form);
      if (refresh) router.refresh();
      return data;
    } catch (err) {
      const byField = serverFieldErrors(err);
      if (byField) show(byField, form);
      else setFormError(errorMessage(err, tc("somethingWentWrong")));
      return undefined;
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    // With the pressed button's name=value, so one form can have several submit buttons (approve / reject).
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(element, submitter);
    const raw = values ? values(formValues(data), element) : Object.fromEntries(data);
    void submit(raw, element);
  }

  function clear() {
    setErrors({});
    setFormError(null);
  }

  /** A field's error, including its items' ("languages.0" counts for "languages"). */
  function error(name: string): string | undefined {
    return errors[name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1];
  }

  return { onSubmit, submit, errors, error, formError, setFormError, clear, pending: mutate.isPending, variables: mutate.variables, hydrated };
}
