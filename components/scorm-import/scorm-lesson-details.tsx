import { getFormatter, getTranslations } from "next-intl/server";

/** A SCORM lesson in the course editor: the package, item and launch file it plays (set by the import, read-only). */
export async function ScormLessonDetails({
  item,
  launch,
  pkg,
}: {
  item: string | null;
  launch: string | null;
  pkg: { title: string; fileName: string; standard: "SCORM12" | "SCORM2004"; version: string; createdAt: Date } | null;
}) {
  const t = await getTranslations("scormImport");
  const format = await getFormatter();
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("lessonReadOnly")}</p>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("package")}</dt>
          <dd className="mt-0.5 text-slate-900">{pkg ? pkg.title : t("packageMissing")}</dd>
        </div>
        {pkg && (
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("standard")}</dt>
            <dd className="mt-0.5 text-slate-900">{pkg.standard === "SCORM12" ? t("scorm12") : t("scorm2004", { version: pkg.version })}</dd>
          </div>
        )}
        {pkg && (
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("importedFile")}</dt>
            <dd className="mt-0.5 break-all text-slate-900">{t("importedOn", { file: pkg.fileName, date: format.dateTime(pkg.createdAt, { dateStyle: "medium" }) })}</dd>
          </div>
        )}
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("item")}</dt>
          <dd className="mt-0.5 break-all font-mono text-xs text-slate-900">{item ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("launchFile")}</dt>
          <dd className="mt-0.5 break-all font-mono text-xs text-slate-900">{launch ?? "—"}</dd>
        </div>
      </dl>
    </div>
  );
}
