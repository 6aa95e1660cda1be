import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { Button, buttonClass } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { Field, Select } from "~/components/ui/form";

/**
 * A list's filters as a plain GET form: it works before hydration and the filtered page has a shareable URL.
 * `grid` lays the fields out in columns (pass the column classes); otherwise they wrap in a row.
 */
export function FilterBar({
  label,
  action,
  search = false,
  grid,
  apply,
  reset,
  aside,
  children,
}: {
  label: string;
  action?: string;
  /** role="search" for a search form */
  search?: boolean;
  grid?: string;
  apply: ReactNode;
  reset?: { href: ComponentProps<typeof Link>["href"]; label: ReactNode } | null;
  /** shown at the row's end (counts, "as of" dates) */
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role={search ? "search" : undefined}
      aria-label={label}
      className={cn("mb-6 rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200", grid ? cn("grid gap-4", grid) : "flex flex-wrap items-end gap-4")}
    >
      {children}
      <div className={cn("flex flex-wrap items-center gap-2", grid && "col-span-full")}>
        <Button type="submit">{apply}</Button>
        {reset && (
          <Link href={reset.href} className={buttonClass("ghost")}>
            {reset.label}
          </Link>
        )}
        {aside && <div className="ml-auto py-2 text-sm text-slate-600">{aside}</div>}
      </div>
    </form>
  );
}

/** A labelled filter select whose first option ("any", "all departments") is the empty value. */
export function FilterSelect({
  label,
  name,
  value,
  any,
  options,
  className,
}: {
  label: ReactNode;
  name: string;
  value: string | null | undefined;
  /** the "no filter" choice; leave it out when a value is always chosen */
  any?: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  className?: string;
}) {
  return (
    <div className={className}>
      <Field label={label}>
        {(p) => (
          <Select {...p} name={name} defaultValue={value ?? ""}>
            {any !== undefined && <option value="">{any}</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
