"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { MissingText } from "~/lib/courses/i18n";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Dialog } from "~/components/ui/dialog";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { MissingTexts } from "~/components/courses/admin/missing-texts";
import { translationHref } from "~/components/courses/admin/translation-anchors";

export type CourseLanguagesData = {
  course: { id: string; baseLocale: string };
  hasLive: boolean;
  languages: { locale: string; base: boolean; offered: boolean; missing: MissingText[] }[];
  lessonKinds: Record<string, string>;
};

/**
 * The editor's languages panel: the base language, each language offered or not with what it misses in the version
 * being edited (linked to the fields), and the way to translate, preview, offer or stop offering it.
 */
export function CourseLanguages({ data }: { data: CourseLanguagesData }) {
  const t = useTranslations("courseAuthoringLanguages");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [removing, setRemoving] = useState<string | null>(null);
  const setLanguage = useAction(trpc.courseAuthoring.setLanguage.mutationOptions(), {
    errors: "inline",
    success: (_d, input) => (input.offered ? t("panel.added", { language: input.locale }) : t("panel.removed", { language: input.locale })),
  });
  const { course } = data;
  const run = (locale: string, offered: boolean) => void setLanguage.run({ courseId: course.id, locale: locale as "en" | "fr" | "zh", offered });

  return (
    <Card aria-labelledby="course-languages">
      <CardTitle id="course-languages">{t("panel.title")}</CardTitle>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("panel.base", { language: course.baseLocale })}</p>
        {setLanguage.error && <Alert tone="danger">{setLanguage.error}</Alert>}
        <Table caption={t("panel.caption")}>
          <thead>
            <tr>
              <Th>{t("panel.language")}</Th>
              <Th>{t("panel.status")}</Th>
              <Th className="text-right">{t("panel.actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {data.languages.map((l) => (
              <tr key={l.locale}>
                <Td className="font-medium">{t("language", { language: l.locale })}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {l.base ? <Badge tone="info">{t("panel.baseBadge")}</Badge> : <Badge tone={l.offered ? "success" : "neutral"}>{l.offered ? t("panel.offered") : t("panel.notOffered")}</Badge>}
                    {!l.base && (l.missing.length === 0 ? <Badge tone="success">{t("panel.complete")}</Badge> : <Badge tone="warning">{t("panel.missingCount", { count: l.missing.length })}</Badge>)}
                  </span>
                </Td>
                <Td className="whitespace-nowrap text-right">
                  <span className="inline-flex flex-wrap justify-end gap-1">
                    {!l.base && (
                      <ButtonLink href={translationHref(course.id, l.locale)} variant="secondary" size="sm">
                        {t("panel.translate", { language: l.locale })}
                      </ButtonLink>
                    )}
                    <ButtonLink href={`/admin/courses/${course.id}/preview/1?lang=${l.locale}`} variant="ghost" size="sm">
                      {t("panel.preview", { language: l.locale })}
                    </ButtonLink>
                    {!l.base &&
                      (l.offered ? (
                        <Button variant="ghost" size="sm" disabled={setLanguage.pending || !setLanguage.hydrated} onClick={() => setRemoving(l.locale)}>
                          {t("panel.remove", { language: l.locale })}
                        </Button>
                      ) : (
                        <Button variant="ghost" size="sm" disabled={!setLanguage.hydrated} busy={setLanguage.pending} onClick={() => run(l.locale, true)}>
                          {t("panel.add", { language: l.locale })}
                        </Button>
                      ))}
                  </span>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
        <div className="space-y-3">
          {data.languages
            .filter((l) => !l.base && (l.offered || l.missing.length > 0))
            .map((l) => (
              <MissingTexts key={l.locale} courseId={course.id} locale={l.locale} missing={l.missing} lessonKinds={data.lessonKinds} limit={8} />
            ))}
        </div>
        <p className="text-xs text-slate-600">{data.hasLive ? t("panel.hintLive") : t("panel.hintDraft")}</p>
      </div>
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t("panel.removeConfirm", { language: removing, base: course.baseLocale }) : ""}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRemoving(null)}>
              {tc("cancel")}
            </Button>
            <Button
              variant="danger"
              busy={setLanguage.pending}
              onClick={() => {
                const locale = removing;
                setRemoving(null);
                if (locale) run(locale, false);
              }}
            >
              {removing ? t("panel.remove", { language: removing }) : ""}
            </Button>
          </>
        }
      >
        {null}
      </Dialog>
    </Card>
  );
}
