import type { ComponentProps } from "react";
import { Select } from "~/components/ui/form";

type Category = { id: string; name: string };

/** The training category of a course or a participation, by name (one <option> per category, an optional prompt first). */
export function CategorySelect({ categories, prompt, ...props }: ComponentProps<typeof Select> & { categories: readonly Category[]; prompt?: string }) {
  return (
    <Select {...props} name={props.name ?? "categoryId"}>
      {prompt !== undefined && <option value="">{prompt}</option>}
      {categories.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}
