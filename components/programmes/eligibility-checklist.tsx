import { getLocale, getTranslations } from "next-intl/server";
import type { EligibilityVerdict } from "~/lib/programmes/eligibility";
import { Badge } from "~/components/ui/badge";
import { actualPhrase, rulePhrase, type EligibilityT } from "~/components/programmes/eligibility-words";

/** Every rule of every alternative, met or not, with what the person's record says. */
export async function EligibilityChecklist({ verdict }: { verdict: EligibilityVerdict }) {
  const t = (await getTranslations("programmes.eligibility")) as unknown as EligibilityT;
  const locale = await getLocale();
  if (verdict.alternatives.length === 0) return <p className="text-sm text-slate-600">{t("everyone")}</p>;
  const several = verdict.alternatives.length > 1;
  return (
    <div className="space-y-4">
      {verdict.alternatives.map((a, i) => (
        <div key={i}>
          {several && <h3 className="mb-1 text-sm font-semibold text-slate-900">{t("option", { n: i + 1 })}</h3>}
          <ul className="space-y-2">
            {a.rules.map((r, j) => (
              <li key={j} className="flex flex-wrap items-start justify-between gap-2 text-sm">
                <span>
                  <span className="block text-slate-900">{rulePhrase(t, locale, r.rule)}</span>
                  <span className="block text-xs text-slate-600">{actualPhrase(t, r)}</span>
                </span>
                <Badge tone={r.met ? "success" : "danger"}>{r.met ? t("met") : t("unmet")}</Badge>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
