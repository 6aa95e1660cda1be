"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { CreateCategoryInput, CategoryName } from "~/lib/schemas/categories";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Dialog } from "~/components/ui/dialog";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";

type Category = { id: string; code: string; name: string; retiredAt: Date | null };

export function CategoryManager({ initial }: { initial: Category[] }) {
  const t = useTranslations("categories");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<{ code?: string; name?: string }>({});
  const [renaming, setRenaming] = useState<Category | null>(null);
  const [newName, setNewName] = useState("");
  const [renameError, setRenameError] = useState<string | null>(null);

  const refresh = () => router.refresh();
  const create = useMutation(trpc.categories.create.mutationOptions());
  const rename = useMutation(trpc.categories.rename.mutationOptions());
  const retire = useMutation(trpc.categories.retire.mutationOptions());
  const restore = useMutation(trpc.categories.restore.mutationOptions());

  async function onCreate(e: React.FormEvent) {
    e.preventDefault();
    const parsed = CreateCategoryInput.safeParse({ code, name });
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors;
      setErrors({ code: f.code?.[0], name: f.name?.[0] });
      return;
    }
    setErrors({});
    try {
      const c = await create.mutateAsync(parsed.data);
      toast("success", t("created", { code: c.code }));
      setCode("");
      setName("");
      refresh();
    } catch (err) {
      setErrors({ code: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  async function onRename() {
    if (!renaming) return;
    const parsed = CategoryName.safeParse(newName);
    if (!parsed.success) return setRenameError(parsed.error.issues[0]?.message ?? null);
    try {
      await rename.mutateAsync({ id: renaming.id, name: parsed.data });
      toast("success", t("renamed"));
      setRenaming(null);
      refresh();
    } catch (err) {
      setRenameError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function toggle(c: Category) {
    try {
      if (c.retiredAt) {
        await restore.mutateAsync({ id: c.id });
        toast("success", t("restoredToast", { code: c.code }));
      } else {
        await retire.mutateAsync({ id: c.id });
        toast("success", t("retiredToast", { code: c.code }));
      }
      refresh();
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
              <Th>{t("code")}</Th>
              <Th>{t("name")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("actions")}</Th>
            </tr>
          </thead>
          <TBody>
            {initial.map((c) => (
              <tr key={c.id}>
                <Td className="font-mono font-medium">{c.code}</Td>
                <Td>{c.name}</Td>
                <Td>{c.retiredAt ? <Badge>{t("retired")}</Badge> : <Badge tone="success">{t("active")}</Badge>}</Td>
                <Td className="text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`${t("rename")} ${c.code}`}
                    onClick={() => {
                      setRenaming(c);
                      setNewName(c.name);
                      setRenameError(null);
                    }}
                  >
                    {t("rename")}
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`${c.retiredAt ? t("restore") : t("retire")} ${c.code}`} onClick={() => void toggle(c)}>
                    {c.retiredAt ? t("restore") : t("retire")}
                  </Button>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
      <Card aria-labelledby="add-category">
        <CardTitle id="add-category">{t("add")}</CardTitle>
        <form onSubmit={onCreate} className="space-y-4" noValidate>
          <Field label={t("code")} hint={t("codeHint")} error={errors.code}>
            {(p) => <Input {...p} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} autoComplete="off" />}
          </Field>
          <Field label={t("name")} error={errors.name}>
            {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Button type="submit" busy={create.isPending}>
            {t("add")}
          </Button>
        </form>
      </Card>
      <Dialog
        open={!!renaming}
        onClose={() => setRenaming(null)}
        title={t("renameTitle", { code: renaming?.code ?? "" })}
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
          {(p) => <Input {...p} value={newName} onChange={(e) => setNewName(e.target.value)} />}
        </Field>
      </Dialog>
    </div>
  );
}
