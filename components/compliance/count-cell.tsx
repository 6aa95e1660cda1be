import { useFormatter } from "next-intl";
import { Td } from "~/components/ui/table";

/** "412 · 27.3%": a count and its share of the audience, in one right-aligned cell. */
export function CountCell({ n, total, strong }: { n: number; total: number; strong?: boolean }) {
  const format = useFormatter();
  return (
    <Td numeric className={strong && n > 0 ? "font-semibold text-red-800" : undefined}>
      {format.number(n)}
      <span className="ml-1 text-xs text-slate-500">{total ? format.number(n / total, { style: "percent", maximumFractionDigits: 1 }) : "–"}</span>
    </Td>
  );
}
