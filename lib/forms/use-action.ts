"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useToast } from "~/components/ui/toast";
import { errorMessage } from "~/lib/trpc/errors";
import { useHydrated } from "~/lib/forms/use-hydrated";

type Options<TData, TVars> = {
  /** The success toast, or null for none. */
  success?: string | null | ((data: TData, input: TVars) => string | null);
  /** Runs after the toast (close a dialog, navigate…). */
  onSuccess?: (data: TData, input: TVars) => void;
  /** "toast" (default) announces a failure as a toast; "inline" only sets `error`, for a FormError beside the button. */
  errors?: "toast" | "inline";
  /** Refreshes the page's server components after success (default true; false when onSuccess navigates). */
  refresh?: boolean;
};

/**
 * The one hook for one-click actions (a button that calls a mutation, toasts, refreshes). `run` resolves to the
 * result, or undefined after a failure.
 */
export function useAction<TData, TVars, TError, TContext>(mutation: UseMutationOptions<TData, TError, TVars, TContext>, { success, onSuccess, errors = "toast", refresh = true }: Options<TData, TVars> = {}) {
  const tc = useTranslations("common");
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const mutate = useMutation(mutation);
  const [error, setError] = useState<string | null>(null);

  async function run(input: TVars): Promise<TData | undefined> {
    setError(null);
    try {
      const data = await mutate.mutateAsync(input);
      const message = typeof success === "function" ? success(data, input) : success;
      if (message) toast("success", message);
      onSuccess?.(data, input);
      if (refresh) router.refresh();
      return data;
    } catch (err) {
      const message = errorMessage(err, tc("somethingWentWrong"));
      if (errors === "toast") toast("error", message);
      setError(message);
      return undefined;
    }
  }

  return { run, pending: mutate.isPending, succeeded: mutate.isSuccess, error, setError, hydrated };
}
