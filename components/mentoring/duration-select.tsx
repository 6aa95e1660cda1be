"use client";

import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { PAIRING_DURATIONS } from "~/lib/mentoring/choices";
import { Select } from "~/components/ui/form";

/** A pairing's length in months (all of PAIRING_DURATIONS, or the ones given), labelled "6 months". */
export function DurationSelect({ durations = PAIRING_DURATIONS, className = "max-w-xs", ...props }: Omit<ComponentProps<typeof Select>, "children"> & { durations?: readonly number[] }) {
  const tm = useTranslations("mentoring");
  return (
    <Select className={className} {...props}>
      {durations.map((m) => (
        <option key={m} value={m}>
          {tm("months", { months: m })}
        </option>
      ))}
    </Select>
  );
}
