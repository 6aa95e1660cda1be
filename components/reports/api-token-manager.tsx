"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { ApiTokenName, CreateApiTokenInput } from "~/lib/schemas/reports";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/form";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";
import type { ApiTokenListItem } from "~/server/api-tokens/tokens";

/** The curl line shown with a new token: this year's report by category, as CSV. */
function curlExample(origin: string, token: string, year: number): string {
  return `curl -H "Authorization: Bearer ${token}" "${origin}/api/v1/reports/training?from=${year}-01-01&to=${year}-12-31&format=csv"`;
}

export function ApiTokenManager({ initial }: { initial: ApiTokenListItem[] }) {
  const t = useTranslations("reports.tokens");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string; example: string } | null>(null);
  const [renaming, setRenaming] = useState<ApiTokenListItem | null>(null);
  const [newName, setNewName] = useState("");
  const [renameError, setRenameError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenListItem | null>(null);

  const create = useMutation(trpc.apiTokens.create.mutationOptions());
  const rename = useMutation(trpc.apiTokens.rename.mutationOptions());
  const revoke = useMutation(trpc.apiTokens.revoke.mutationOptions());
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });

  async function onCreate(e: React.FormEvent) {
    e.preventDefault();
    const parsed = CreateApiTokenInput.safeParse({ name });
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message ?? null);
    setNameError(null);
    try {
      const result = await create.mutateAsync(parsed.data);
      setCreated({ name: result.item.name, token: result.token, example: curlExample(window.location.origin, result.token, new Date().getUTCFullYear()) });
      setName("");
      toast("success", t("createdToast", { name: result.item.name }));
      router.refresh();
    } catch (err) {
      setNameError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onRename() {
    if (!renaming) return;
    const parsed = ApiTokenName.safeParse(newName);
    if (!parsed.success) return setRenameError(parsed.error.issues[0]?.message ?? null);
    try {
      await rename.mutateAsync({ id: renaming.id, name: parsed.data });
      toast("success", t("renamedToast"));
      setRenaming(null);
      router.refresh();
    } catch (err) {
      setRenameError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onRevoke() {
    if (!revoking) return;
    try {
      await revoke.mutateAsync({ id: revoking.id });
      toast("success", t("revokedToast", { name: revoking.name }));
      setRevoking(null);
      router.refresh();
    } catch (err) {
      toast("error", errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard.writeText(created.token);
    toast("info", t("copied"));
  }

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        {initial.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>
        ) : (
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("prefix")}</Th>
                <Th>{t("owner")}</Th>
                <Th>{t("lastUsed")}</Th>
                <Th>{t("status")}</Th>
                <Th className="text-right">{t("actions")}</Th>
              </tr>
            </thead>
            <TBody>
              {initial.map((token) => (
                <tr key={token.id}>
                  <Td className="font-medium">
                    {token.name}
                    <span className="block text-xs font-normal text-slate-500">
                      {t("created")} {when(token.createdAt)}
                    </span>
                  </Td>
                  <Td className="font-mono text-xs">{token.prefix}…</Td>
                  <Td>{token.owner.fullName}</Td>
                  <Td className="whitespace-nowrap">{token.lastUsedAt ? when(token.lastUsedAt) : t("never")}</Td>
                  <Td>
                    {token.revokedAt ? (
                      <Badge>{t("revoked", { date: format.dateTime(new Date(token.revokedAt), { dateStyle: "medium" }) })}</Badge>
                    ) : token.ownerMayUse ? (
                      <Badge tone="success">{t("active")}</Badge>
                    ) : (
                      <Badge tone="warning">{t("ownerInactive")}</Badge>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={t("renameLabel", { name: token.name })}
                      onClick={() => {
                        setRenaming(token);
                        setNewName(token.name);
                        setRenameError(null);
                      }}
                    >
                      {t("rename")}
                    </Button>
                    {!token.revokedAt && (
                      <Button variant="ghost" size="sm" aria-label={t("revokeLabel", { name: token.name })} onClick={() => setRevoking(token)}>
                        {t("revoke")}
                      </Button>
                    )}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </div>

      <Card aria-labelledby="create-token">
        <CardTitle id="create-token">{t("create")}</CardTitle>
        <form onSubmit={onCreate} className="space-y-4" noValidate>
          <Field label={t("name")} hint={t("nameHint")} error={nameError}>
            {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
          </Field>
          <Button type="submit" busy={create.isPending}>
            {t("create")}
          </Button>
        </form>
      </Card>

      <Dialog
        open={!!created}
        onClose={() => setCreated(null)}
        title={t("createdTitle")}
        footer={<Button onClick={() => setCreated(null)}>{t("done")}</Button>}
      >
        <p className="text-sm text-slate-700">{t("createdBody")}</p>
        <Field label={t("tokenLabel")}>
          {(p) => (
            <div className="flex gap-2">
              <Input {...p} readOnly value={created?.token ?? ""} className="font-mono text-xs" data-testid="new-api-token" onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" onClick={() => void copy()}>
                {t("copy")}
              </Button>
            </div>
          )}
        </Field>
        <Field label={t("example")}>
          {(p) => <Textarea {...p} readOnly value={created?.example ?? ""} className="font-mono text-xs" rows={4} />}
        </Field>
      </Dialog>

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
          {(p) => <Input {...p} value={newName} onChange={(e) => setNewName(e.target.value)} />}
        </Field>
      </Dialog>

      <Dialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" onClick={() => void onRevoke()} busy={revoke.isPending}>
              {t("revoke")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("revokeBody")}</p>
      </Dialog>
    </div>
  );
}
