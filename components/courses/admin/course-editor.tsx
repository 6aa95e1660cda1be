"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { LESSON_KINDS, type LessonKindValue } from "~/lib/schemas/courses";
import { Button, ButtonLink } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Card, CardTitle } from "~/components/ui/card";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";
import { IconLabel } from "~/components/courses/admin/icon-label";
import { useHydrated } from "~/components/courses/use-hydrated";

type EditorLesson = { id: string; position: number; kind: LessonKindValue; title: string; required: boolean; questionCount: number };

export type CourseEditorData = {
  course: { id: string; code: string; status: "DRAFT" | "PUBLISHED" | "RETIRED" | "ARCHIVED" };
  draft: { id: string; version: number } | null;
  live: { id: string; version: number; publishedAt: Date } | null;
  editable: boolean;
  lessons: EditorLesson[];
  problems: string[];
};

type Confirm = { title: string; label: string; run: () => Promise<unknown>; done: string; danger?: boolean } | null;

/** The content side of the course editor: its versions and what can be done with them, and the ordered lessons. */
export function CourseEditor({ data }: { data: CourseEditorData }) {
  const t = useTranslations("courses.admin.editor");
  const tk = useTranslations("courses.kind");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const openDraft = useMutation(trpc.courseAuthoring.openDraft.mutationOptions());
  const publish = useMutation(trpc.courseAuthoring.publish.mutationOptions());
  const discard = useMutation(trpc.courseAuthoring.discardDraft.mutationOptions());
  const retire = useMutation(trpc.courseAuthoring.retire.mutationOptions());
  const restore = useMutation(trpc.courseAuthoring.restore.mutationOptions());
  const move = useMutation(trpc.courseAuthoring.moveLesson.mutationOptions());
  const remove = useMutation(trpc.courseAuthoring.deleteLesson.mutationOptions());
  const { course, draft, live } = data;
  const id = { id: course.id };

  async function run(action: () => Promise<unknown>, done?: string) {
    setError(null);
    try {
      await action();
      if (done) toast("success", done);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e, tc("somethingWentWrong")));
    }
  }

  const busy = openDraft.isPending || publish.isPending || discard.isPending || retire.isPending || restore.isPending;
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
                busy={publish.isPending}
                onClick={() => setConfirm({ title: t("publishConfirm", { version: draft.version }), label: t("publish", { version: draft.version }), run: () => publish.mutateAsync(id), done: t("published_toast", { version: draft.version }) })}
              >
                {t("publish", { version: draft.version })}
              </Button>
              {live && (
                <Button
                  variant="ghost"
                  onClick={() => setConfirm({ title: t("discardConfirm", { version: draft.version }), label: t("discard"), run: () => discard.mutateAsync(id), done: t("discarded"), danger: true })}
                >
                  {t("discard")}
                </Button>
              )}
            </>
          ) : (
            <Button busy={openDraft.isPending} disabled={!hydrated} onClick={() => void run(() => openDraft.mutateAsync(id))}>
              {t("openDraft")}
            </Button>
          )}
          {course.status === "PUBLISHED" && (
            <Button variant="ghost" onClick={() => setConfirm({ title: t("retireConfirm", { code: course.code }), label: t("retire"), run: () => retire.mutateAsync(id), done: t("retired_toast"), danger: true })}>
              {t("retire")}
            </Button>
          )}
          {course.status === "RETIRED" && (
            <Button variant="ghost" busy={restore.isPending} onClick={() => void run(() => restore.mutateAsync(id), t("restored_toast"))}>
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
                    <Link href={`/admin/courses/${course.id}/lessons/${l.id}`} className="font-medium text-brand-700 hover:underline">
                      {l.title}
                    </Link>
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
                        disabled={i === 0 || move.isPending}
                        onClick={() => void run(() => move.mutateAsync({ id: l.id, direction: "up" }))}
                      >
                        <IconLabel symbol="↑" label={t("moveUp", { position: l.position })} />
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={i === data.lessons.length - 1 || move.isPending}
                        onClick={() => void run(() => move.mutateAsync({ id: l.id, direction: "down" }))}
                      >
                        <IconLabel symbol="↓" label={t("moveDown", { position: l.position })} />
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() =>
                          setConfirm({ title: t("deleteLessonConfirm", { position: l.position, title: l.title }), label: t("delete"), run: () => remove.mutateAsync({ lessonId: l.id }), done: "", danger: true })
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
              busy={busy || remove.isPending}
              onClick={() => {
                const c = confirm;
                setConfirm(null);
                if (c) void run(c.run, c.done || undefined);
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
