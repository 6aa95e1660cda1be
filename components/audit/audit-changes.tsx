import { getTranslations } from "next-intl/server";
import type { FieldChange } from "~/server/audit/diff";

/** An entry's before/after as a small two-column table of the changed fields, folded until opened. */
export async function AuditChanges({ changes }: { changes: readonly FieldChange[] }) {
  const t = await getTranslations("audit");
  if (changes.length === 0) return <span className="text-xs text-slate-500">{t("noChanges")}</span>;
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline">{t("showChanges", { count: changes.length })}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[16rem] table-fixed border-collapse text-xs">
          <caption className="sr-only">{t("changes.caption")}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="w-1/4 py-1 pr-2 font-semibold">
                {t("changes.field")}
              </th>
              <th scope="col" className="py-1 pr-2 font-semibold">
                {t("changes.before")}
              </th>
              <th scope="col" className="py-1 font-semibold">
                {t("changes.after")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {changes.map((c) => (
              <tr key={c.field}>
                <th scope="row" className="py-1 pr-2 text-left font-mono font-normal break-words text-slate-700">
                  {c.field}
                </th>
                <td className="py-1 pr-2 break-words text-red-800">{c.before ?? <span className="text-slate-400">{t("changes.empty")}</span>}</td>
                <td className="py-1 break-words text-green-800">{c.after ?? <span className="text-slate-400">{t("changes.empty")}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
