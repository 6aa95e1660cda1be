import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;

/** A file size in the reader's locale: "820 kB", "53.9 MB", "2 GB" (binary multiples, as file browsers show them). */
export function formatFileSize(format: Formatter, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return format.number(value, { style: "unit", unit: UNITS[unit], unitDisplay: "short", maximumFractionDigits: unit === 0 ? 0 : 1 });
}
