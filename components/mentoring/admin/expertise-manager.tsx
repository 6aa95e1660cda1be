"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { CreateExpertiseInput, ExpertiseName } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Dialog } from "~/components/ui/dialog";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";

type Area = { id: string; name: string; retiredAt: Date | null; mentors: number; mentees: number };

export function ExpertiseManager({ areas }: { areas: Area[] }) {
  const t = useTranslations("mentoring.expertise");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const create = useMutation(trpc.mentoringAdmin.createExpertise.mutationOptions());
  const rename = useMutation(trpc.mentoringAdmin.renameExpertise.mutationOptions());
  const retire = useMutation(trpc.mentoringAdmin.retireExpertise.mutationOptions());
  const restore = useMutation(trpc.mentoringAdmin.restoreExpertise.mutationOptions());
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<Area | null>(null);
  const [newName, setNewName] = useState("");
  const [renameError, setRenameError] = useState<string | null>(null);

  async function onCreate(e: React.FormEvent) {
    e.preventDefault();
    const parsed = CreateExpertiseInput.safeParse({ name });
    if (!parsed.success) return setError(parsed.error.flatten().fieldErrors.name?.[0] ?? null);
    try {
      await create.mutateAsync(parsed.data);
      toast("success", t("created", { name: parsed.data.name }));
      setName("");
      setError(null);
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onRename() {
    if (!renaming) return;
    const parsed = ExpertiseName.safeParse(newName);
    if (!parsed.success) return setRenameError(parsed.error.issues[0]?.message ?? null);
    try {
      await rename.mutateAsync({ id: renaming.id, name: parsed.data });
      toast("success", t("renamed"));
      setRenaming(null);
      router.refresh();
    } catch (err) {
      setRenameError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function toggle(a: Area) {
    try {
      if (a.retiredAt) await restore.mutateAsync({ id: a.id });
      else await retire.mutateAsync({ id: a.id });
      toast("success", a.retiredAt ? t("restoredToast", { name: a.name }) : t("retiredToast", { name: a.name }));
      router.refresh();
    } catch (err) {
      toast("error", errorMessage(err, tc("somethingWentWrong")));
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th numeric>{t("mentors")}</Th>
              <Th numeric>{t("mentees")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {areas.map((a) => (
              <tr key={a.id}>
                <Td className="font-medium">{a.name}</Td>
                <Td numeric>{a.mentors}</Td>
                <Td numeric>{a.mentees}</Td>
                <Td>{a.retiredAt ? <Badge>{t("retired")}</Badge> : <Badge tone="success">{t("active")}</Badge>}</Td>
                <Td className="text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={t("renameArea", { name: a.name })}
                    onClick={() => {
                      setRenaming(a);
                      setNewName(a.name);
                      setRenameError(null);
                    }}
                  >
                    {t("rename")}
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={a.retiredAt ? t("restoreArea", { name: a.name }) : t("retireArea", { name: a.name })} onClick={() => void toggle(a)}>
                    {a.retiredAt ? t("restore") : t("retire")}
                  </Button>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
      <Card aria-labelledby="add-area">
        <CardTitle id="add-area">{t("add")}</CardTitle>
        <form onSubmit={onCreate} className="space-y-4" noValidate>
          <Field label={t("name")} error={error}>
            {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} />}
          </Field>
          <Button type="submit" busy={create.isPending}>
            {t("add")}
          </Button>
        </form>
      </Card>
      <Dialog
        open={!!renaming}
        onClose={() => setRenaming(null)}
        title={t("renameTitle", { name: renaming?.name ?? "" })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRenaming(null)}>
              {tc("cancel")}
            </Button>
            <Button onClick={() => void onRename()} busy={rename.isPending}>
              {tc("save")}
            </Button>
          </>
        }
      >
        <Field label={t("name")} error={renameError}>
          {(p) => <Input {...p} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={60} />}
        </Field>
      </Dialog>
    </div>
  );
}
