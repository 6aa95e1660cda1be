"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { LESSON_KINDS, type LessonKindValue } from "~/lib/schemas/courses";
import { Button, ButtonLink } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Card, CardTitle } from "~/components/ui/card";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { IconLabel } from "~/components/courses/admin/icon-label";
import { useHydrated } from "~/lib/forms/use-hydrated";
import { TextLink } from "~/components/ui/link";

// SCORM lessons come from an imported package (server/scorm/import.ts), never from the "add a lesson" menu.
type EditorLesson = { id: string; position: number; kind: LessonKindValue | "SCORM"; title: string; required: boolean; questionCount: number };

export type CourseEditorData = {
  course: { id: string; code: string; status: "DRAFT" | "PUBLISHED" | "RETIRED" | "ARCHIVED" };
  draft: { id: string; version: number } | null;
  live: { id: string; version: number; publishedAt: Date } | null;
  editable: boolean;
  lessons: EditorLesson[];
  problems: string[];
};

type Confirm = { title: string; label: string; run: () => Promise<unknown>; danger?: boolean } | null;

/** The content side of the course editor: its versions and what can be done with them, and the ordered lessons. */
export function CourseEditor({ data }: { data: CourseEditorData }) {
  const t = useTranslations("courses.admin.editor");
  const tk = useTranslations("courses.kind");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const hydrated = useHydrated();
  const { course, draft, live } = data;
  const id = { id: course.id };
  // Failures show in one alert above the lessons rather than as toasts.
  const inline = { errors: "inline" } as const;
  const openDraft = useAction(trpc.courseAuthoring.openDraft.mutationOptions(), inline);
  const publish = useAction(trpc.courseAuthoring.publish.mutationOptions(), { ...inline, success: draft && t("published_toast", { version: draft.version }) });
  const discard = useAction(trpc.courseAuthoring.discardDraft.mutationOptions(), { ...inline, success: t("discarded") });
  const retire = useAction(trpc.courseAuthoring.retire.mutationOptions(), { ...inline, success: t("retired_toast") });
  const restore = useAction(trpc.courseAuthoring.restore.mutationOptions(), { ...inline, success: t("restored_toast") });
  const move = useAction(trpc.courseAuthoring.moveLesson.mutationOptions(), inline);
  const remove = useAction(trpc.courseAuthoring.deleteLesson.mutationOptions(), inline);
  const actions = [openDraft, publish, discard, retire, restore, move, remove];
  const error = actions.find((a) => a.error)?.error;
  /** Runs one action after clearing the others' errors (one alert shows the latest failure). */
  function run<T>(action: { run: (input: T) => Promise<unknown> }, input: T) {
    for (const a of actions) a.setError(null);
    return action.run(input);
  }

  const busy = actions.some((a) => a.pending);
  return (
    <Card aria-labelledby="course-content">
      <CardTitle id="course-content">{t("content")}</CardTitle>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          {draft && live
            ? t("editingDraft", { version: draft.version, live: live.version })
            : draft
              ? t("editingFirst", { version: draft.version })
              : live
                ? t("published", { version: live.version, date: format.dateTime(live.publishedAt, { dateStyle: "medium" }) })
                : null}
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/admin/courses/${course.id}/preview/1`} variant="secondary">
            {t("preview")}
          </ButtonLink>
          {draft ? (
            <>
              <Button
                disabled={data.problems.length > 0 || !hydrated}
                busy={publish.pending}
                onClick={() => setConfirm({ title: t("publishConfirm", { version: draft.version }), label: t("publish", { version: draft.version }), run: () => run(publish, id) })}
              >
                {t("publish", { version: draft.version })}
              </Button>
              {live && (
                <Button
                  variant="ghost"
                  onClick={() => setConfirm({ title: t("discardConfirm", { version: draft.version }), label: t("discard"), run: () => run(discard, id), danger: true })}
                >
                  {t("discard")}
                </Button>
              )}
            </>
          ) : (
            <Button busy={openDraft.pending} disabled={!hydrated} onClick={() => void run(openDraft, id)}>
              {t("openDraft")}
            </Button>
          )}
          {course.status === "PUBLISHED" && (
            <Button variant="ghost" onClick={() => setConfirm({ title: t("retireConfirm", { code: course.code }), label: t("retire"), run: () => run(retire, id), danger: true })}>
              {t("retire")}
            </Button>
          )}
          {course.status === "RETIRED" && (
            <Button variant="ghost" busy={restore.pending} onClick={() => void run(restore, id)}>
              {t("restore")}
            </Button>
          )}
        </div>
        {error && <Alert tone="danger">{error}</Alert>}
        {draft && data.problems.length > 0 && (
          <Alert tone="warning" title={t("problems")}>
            <ul className="list-disc space-y-1 pl-5">
              {data.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Alert>
        )}

        {data.lessons.length === 0 ? (
          <EmptyState title={t("noLessons")} />
        ) : (
          <Table caption={t("content")}>
            <thead>
              <tr>
                <Th>{t("position")}</Th>
                <Th>{t("lessonTitle")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("required")}</Th>
                {data.editable && <Th className="text-right">{t("actions")}</Th>}
              </tr>
            </thead>
            <TBody>
              {data.lessons.map((l, i) => (
                <tr key={l.id}>
                  <Td className="tabular-nums text-slate-500">{l.position}</Td>
                  <Td>
                    <TextLink href={`/admin/courses/${course.id}/lessons/${l.id}`} className="font-medium">
                      {l.title}
                    </TextLink>
                    {l.kind === "QUIZ" && <span className="ml-2 text-xs text-slate-500">{t("questions", { count: l.questionCount })}</span>}
                  </Td>
                  <Td>
                    <Badge>{tk(l.kind)}</Badge>
                  </Td>
                  <Td>{l.required ? t("yes") : t("no")}</Td>
                  {data.editable && (
                    <Td className="whitespace-nowrap text-right">
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={i === 0 || move.pending}
                        onClick={() => void run(move, { id: l.id, direction: "up" as const })}
                      >
                        <IconLabel symbol="↑" label={t("moveUp", { position: l.position })} />
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={i === data.lessons.length - 1 || move.pending}
                        onClick={() => void run(move, { id: l.id, direction: "down" as const })}
                      >
                        <IconLabel symbol="↓" label={t("moveDown", { position: l.position })} />
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() =>
                          setConfirm({ title: t("deleteLessonConfirm", { position: l.position, title: l.title }), label: t("delete"), run: () => run(remove, { lessonId: l.id }), danger: true })
                        }
                      >
                        <IconLabel symbol="✕" label={t("deleteLesson", { position: l.position })} />
                      </Button>
                    </Td>
                  )}
                </tr>
              ))}
            </TBody>
          </Table>
        )}

        {data.editable && (
          <div>
            <h3 className="text-sm font-semibold text-slate-900">{t("addLesson")}</h3>
            <div className="mt-2 flex flex-wrap gap-2">
              {LESSON_KINDS.map((k) => (
                <ButtonLink key={k} href={`/admin/courses/${course.id}/lessons/new?kind=${k}`} variant="secondary" size="sm">
                  {t("addKind", { kind: tk(k) })}
                </ButtonLink>
              ))}
            </div>
          </div>
        )}
      </div>
      <Dialog
        open={!!confirm}
        onClose={() => setConfirm(null)}
        title={confirm?.title ?? ""}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              {tc("cancel")}
            </Button>
            <Button
              variant={confirm?.danger ? "danger" : "primary"}
              busy={busy}
              onClick={() => {
                const c = confirm;
                setConfirm(null);
                if (c) void c.run();
              }}
            >
              {confirm?.label}
            </Button>
          </>
        }
      >
        {null}
      </Dialog>
    </Card>
  );
}
