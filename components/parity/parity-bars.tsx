import { getTranslations } from "next-intl/server";
import type { ParityFormatters } from "~/components/parity/format";
import { rowName, type ParityWords } from "~/server/parity/columns";
import type { ParityReport } from "~/server/parity/report";

/**
 * Each grade's and group's share of women as a bar, its target as a mark on the same scale (0–100 %). The bars are
 * a picture of the table above; each reads out as one sentence.
 */
export async function ParityBars({ report, words, f }: { report: ParityReport; words: ParityWords; f: ParityFormatters }) {
  const t = await getTranslations("parity.chart");
  const rows = report.rows.filter((r) => r.level !== "total" && r.now.staff > 0);
  return (
    <ul className="space-y-2" data-testid="parity-bars">
      {rows.map((r) => {
        const name = rowName(r, words);
        const label =
          r.hidden || r.share === null
            ? t("hidden", { grade: name, threshold: report.smallCells?.threshold ?? 5 })
            : r.target === null
              ? t("barNoTarget", { grade: name, share: f.percent(r.share) })
              : t("bar", { grade: name, share: f.percent(r.share), target: f.percent(r.target, 2) });
        return (
          <li key={`${r.level}-${r.code}`} className="grid grid-cols-[5rem_1fr] items-center gap-3 text-sm sm:grid-cols-[14rem_1fr]">
            <span className={r.level === "group" ? "font-semibold text-slate-900" : "text-slate-700"}>{name}</span>
            <span className="sr-only">{label}</span>
            <div aria-hidden="true" className="relative h-4 rounded-sm bg-slate-100">
              {!r.hidden && r.share !== null && <div className="h-4 rounded-sm bg-brand-600" style={{ width: `${r.share}%` }} />}
              {r.target !== null && <div className="absolute -top-1 h-6 w-0.5 bg-slate-900" style={{ left: `${r.target}%` }} />}
            </div>
          </li>
        );
      })}
      <li aria-hidden="true" className="flex gap-4 pt-1 text-xs text-slate-600">
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-brand-600" />
          {t("share")}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-0.5 bg-slate-900" />
          {t("target")}
        </span>
      </li>
    </ul>
  );
}
