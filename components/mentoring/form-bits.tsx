import type { ReactNode } from "react";

/** A group of checkboxes (or radios) under a legend, with its error announced. */
export function ChoiceGroup({ legend, hint, error, children, columns = 2 }: { legend: ReactNode; hint?: ReactNode; error?: string | null; children: ReactNode; columns?: 1 | 2 | 3 }) {
  const grid = columns === 1 ? "grid-cols-1" : columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2";
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      <div className={`grid gap-2 ${grid}`}>{children}</div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A checkbox or radio in a ChoiceGroup: uncontrolled (`value`, `defaultChecked`, read from the form) or controlled. */
export function Choice({
  type = "checkbox",
  name,
  value,
  checked,
  defaultChecked,
  onChange,
  disabled,
  children,
}: {
  type?: "checkbox" | "radio";
  name: string;
  value?: string;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: (checked: boolean) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300">
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        defaultChecked={defaultChecked}
        disabled={disabled}
        onChange={onChange && ((e) => onChange(e.target.checked))}
        className="mt-0.5 size-4 shrink-0 accent-brand-600"
      />
      <span>{children}</span>
    </label>
  );
}
