"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { AddComponentInput, COMPONENT_KINDS, LINK_OF_KIND, UpdateComponentInput, type ComponentKind } from "~/lib/schemas/programme-admin";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export type ComponentOptions = {
  paths: { id: string; title: string }[];
  courses: { id: string; title: string }[];
  sessions: { id: string; title: string; startsOn: string | null }[];
};
export type ComponentItem = {
  id: string;
  kind: ComponentKind;
  title: string;
  pathId: string | null;
  courseId: string | null;
  sessionId: string | null;
  coachingHours: number | null;
  startsOn: string | null;
  endsOn: string | null;
  linked: string | null;
};

/** A cohort's components in order: add, edit, remove and move up or down (L&D); read-only for auditors and completed cohorts. */
export function ComponentEditor({ cohortId, components, options, readOnly }: { cohortId: string; components: ComponentItem[]; options: ComponentOptions; readOnly: boolean }) {
  const t = useTranslations("programmeAdmin");
  const trpc = useTRPC();
  const [editing, setEditing] = useState<string | null>(null);
  const move = useAction(trpc.programmeAdmin.moveComponent.mutationOptions());
  const remove = useAction(trpc.programmeAdmin.removeComponent.mutationOptions(), { success: t("components.removed") });
  const dates = (k: ComponentItem) => (k.startsOn ? t("list.range", { from: k.startsOn, to: k.endsOn ?? "…" }) : null);
  return (
    <div className="space-y-3">
      {components.length === 0 ? (
        <p className="text-sm text-slate-600">{t("cohorts.noComponents")}</p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
          {components.map((k, i) => (
            <li key={k.id} className="p-3">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="font-medium text-slate-900">
                    {i + 1}. {k.title}
                  </p>
                  <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <Badge>{t(`kind.${k.kind}`)}</Badge>
                    {k.linked && <span>{k.linked}</span>}
                    {k.coachingHours !== null && <span>{t("components.hours", { hours: k.coachingHours })}</span>}
                    {dates(k) && <span>{dates(k)}</span>}
                  </p>
                </div>
                {!readOnly && (
                  <div className="flex flex-wrap gap-1">
                    <Button size="sm" variant="ghost" disabled={i === 0} busy={move.pending} onClick={() => void move.run({ componentId: k.id, direction: "up" })}>
                      {t("components.moveUp")}
                      <span className="sr-only"> — {t("components.target", { title: k.title })}</span>
                    </Button>
                    <Button size="sm" variant="ghost" disabled={i === components.length - 1} busy={move.pending} onClick={() => void move.run({ componentId: k.id, direction: "down" })}>
                      {t("components.moveDown")}
                      <span className="sr-only"> — {t("components.target", { title: k.title })}</span>
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => setEditing(editing === k.id ? null : k.id)} aria-expanded={editing === k.id}>
                      {t("components.edit")}
                      <span className="sr-only"> — {t("components.target", { title: k.title })}</span>
                    </Button>
                    <Button size="sm" variant="ghost" busy={remove.pending} onClick={() => void remove.run({ componentId: k.id })}>
                      {t("components.remove")}
                      <span className="sr-only"> — {t("components.target", { title: k.title })}</span>
                    </Button>
                  </div>
                )}
              </div>
              {editing === k.id && (
                <div className="mt-3">
                  <ComponentForm cohortId={cohortId} component={k} options={options} onDone={() => setEditing(null)} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <details className="rounded-md p-3 ring-1 ring-slate-200">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("components.newComponent")}</summary>
          <div className="mt-3">
            <ComponentForm cohortId={cohortId} options={options} />
          </div>
        </details>
      )}
    </div>
  );
}

function ComponentForm({ cohortId, component, options, onDone }: { cohortId: string; component?: ComponentItem; options: ComponentOptions; onDone?: () => void }) {
  const t = useTranslations("programmeAdmin");
  const trpc = useTRPC();
  const [kind, setKind] = useState<ComponentKind>(component?.kind ?? "COACHING");
  const link = LINK_OF_KIND[kind];
  const read = (f: FormValues) => ({
    kind,
    title: f.text("title"),
    pathId: link === "pathId" ? f.optional("link") : undefined,
    courseId: link === "courseId" ? f.optional("link") : undefined,
    sessionId: link === "sessionId" ? f.optional("link") : undefined,
    coachingHours: kind === "COACHING" ? (f.number("coachingHours") ?? undefined) : undefined,
    startsOn: f.optional("startsOn"),
    endsOn: f.optional("endsOn"),
  });
  const add = useFormAction({
    schema: AddComponentInput,
    mutation: trpc.programmeAdmin.addComponent.mutationOptions(),
    values: (f) => ({ ...read(f), cohortId }),
    success: t("components.added"),
    resetOnSuccess: true,
  });
  const update = useFormAction({
    schema: UpdateComponentInput,
    mutation: trpc.programmeAdmin.updateComponent.mutationOptions(),
    values: (f) => ({ ...read(f), componentId: component?.id ?? "" }),
    success: t("components.saved"),
    onSuccess: () => onDone?.(),
  });
  const action = component ? update : add;
  const choices =
    link === "pathId"
      ? options.paths.map((p) => ({ id: p.id, label: p.title }))
      : link === "courseId"
        ? options.courses.map((c) => ({ id: c.id, label: c.title }))
        : link === "sessionId"
          ? options.sessions.map((s) => ({ id: s.id, label: s.startsOn ? `${s.title} (${s.startsOn})` : s.title }))
          : [];
  const current = component ? (component.pathId ?? component.courseId ?? component.sessionId ?? "") : "";
  const linkError = action.error("pathId") ?? action.error("courseId") ?? action.error("sessionId");
  return (
    <form onSubmit={action.onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("components.kind")}>
          {(p) => (
            <Select {...p} name="kind" value={kind} onChange={(e) => setKind(e.target.value as ComponentKind)}>
              {COMPONENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("components.title")} error={action.error("title")}>
          {(p) => <Input {...p} name="title" defaultValue={component?.title ?? ""} required />}
        </Field>
        {link && (
          <div data-field={link}>
            <Field label={link === "pathId" ? t("components.path") : link === "courseId" ? t("components.course") : t("components.session")} hint={t("components.linkHint")} error={linkError}>
              {(p) => (
                <Select {...p} name="link" defaultValue={current} key={link}>
                  <option value="">{t("components.choose")}</option>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        )}
        {kind === "COACHING" && (
          <Field label={t("components.coachingHours")} error={action.error("coachingHours")}>
            {(p) => <Input {...p} name="coachingHours" type="number" min={0.5} max={200} step={0.25} defaultValue={component?.coachingHours ?? 6} />}
          </Field>
        )}
        <Field label={t("components.startsOn")} error={action.error("startsOn")}>
          {(p) => <Input {...p} name="startsOn" type="date" defaultValue={component?.startsOn ?? undefined} />}
        </Field>
        <Field label={t("components.endsOn")} error={action.error("endsOn")}>
          {(p) => <Input {...p} name="endsOn" type="date" defaultValue={component?.endsOn ?? undefined} />}
        </Field>
      </div>
      <FormError message={action.formError} />
      <SubmitButton size="sm" busy={action.pending}>
        {component ? t("components.save") : t("components.add")}
      </SubmitButton>
    </form>
  );
}
