"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CreateApiTokenInput, RenameApiTokenInput } from "~/lib/schemas/api-tokens";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/form";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { RenameDialog } from "~/components/ui/rename-dialog";
import { SubmitButton } from "~/components/ui/submit-button";
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
  const toast = useToast();
  const [created, setCreated] = useState<{ name: string; token: string; example: string } | null>(null);
  const [renaming, setRenaming] = useState<ApiTokenListItem | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenListItem | null>(null);
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });

  const create = useFormAction({
    schema: CreateApiTokenInput,
    mutation: trpc.apiTokens.create.mutationOptions(),
    success: (result) => t("createdToast", { name: result.item.name }),
    onSuccess: (result) => setCreated({ name: result.item.name, token: result.token, example: curlExample(window.location.origin, result.token, new Date().getUTCFullYear()) }),
    resetOnSuccess: true,
  });
  const revoke = useAction(trpc.apiTokens.revoke.mutationOptions(), {
    success: () => t("revokedToast", { name: revoking?.name ?? "" }),
    onSuccess: () => setRevoking(null),
  });

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
        <form onSubmit={create.onSubmit} className="space-y-4" noValidate>
          <Field label={t("name")} hint={t("nameHint")} error={create.error("name") ?? create.formError}>
            {(p) => <Input {...p} name="name" autoComplete="off" />}
          </Field>
          <SubmitButton busy={create.pending}>{t("create")}</SubmitButton>
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

      <RenameDialog
        target={renaming}
        onClose={() => setRenaming(null)}
        title={t("renameTitle", { name: renaming?.name ?? "" })}
        label={t("name")}
        schema={RenameApiTokenInput}
        mutation={trpc.apiTokens.rename.mutationOptions()}
        success={t("renamedToast")}
      />

      <Dialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" onClick={() => revoking && void revoke.run({ id: revoking.id })} busy={revoke.pending}>
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
