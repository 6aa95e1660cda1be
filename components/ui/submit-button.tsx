"use client";

import type { ComponentProps } from "react";
import { Button } from "~/components/ui/button";
import { useHydrated } from "~/lib/forms/use-hydrated";

/**
 * A form's submit button, disabled until the page is hydrated: a press (or Enter in a field) while loading would
 * otherwise submit the form natively as a GET. Fields are read on submit, so nothing typed meanwhile is lost.
 */
export function SubmitButton({ disabled, ...props }: Omit<ComponentProps<typeof Button>, "type">) {
  const hydrated = useHydrated();
  return <Button type="submit" disabled={!hydrated || disabled} {...props} />;
}
