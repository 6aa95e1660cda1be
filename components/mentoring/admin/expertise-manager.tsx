"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CreateExpertiseInput, RenameExpertiseInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { RenameDialog } from "~/components/ui/rename-dialog";
import { SubmitButton } from "~/components/ui/submit-button";
import { Table, TBody, Td, Th } from "~/components/ui/table";

type Area = { id: string; name: string; retiredAt: Date | null; mentors: number; mentees: number };

export function ExpertiseManager({ areas }: { areas: Area[] }) {
  const t = useTranslations("mentoring.expertise");
  const trpc = useTRPC();
  const [renaming, setRenaming] = useState<Area | null>(null);
  const create = useFormAction({
    schema: CreateExpertiseInput,
    mutation: trpc.mentoringAdmin.createExpertise.mutationOptions(),
    values: (f) => ({ name: f.text("name") }),
    success: (_, { name }) => t("created", { name }),
    resetOnSuccess: true,
  });
  const nameOf = (id: string) => areas.find((a) => a.id === id)?.name ?? "";
  const retire = useAction(trpc.mentoringAdmin.retireExpertise.mutationOptions(), { success: (_, { id }) => t("retiredToast", { name: nameOf(id) }) });
  const restore = useAction(trpc.mentoringAdmin.restoreExpertise.mutationOptions(), { success: (_, { id }) => t("restoredToast", { name: nameOf(id) }) });

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
onClick={() => setRenaming(a)}
                  >
                    {t("rename")}
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={a.retiredAt ? t("restoreArea", { name: a.name }) : t("retireArea", { name: a.name })} onClick={() => void (a.retiredAt ? restore : retire).run({ id: a.id })}>
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
        <form onSubmit={create.onSubmit} className="space-y-4" noValidate>
          <Field label={t("name")} error={create.error("name") ?? create.formError}>
            {(p) => <Input {...p} name="name" maxLength={60} />}
          </Field>
          <SubmitButton busy={create.pending}>{t("add")}</SubmitButton>
        </form>
      </Card>
      <RenameDialog
        target={renaming}
        onClose={() => setRenaming(null)}
        title={t("renameTitle", { name: renaming?.name ?? "" })}
        label={t("name")}
        schema={RenameExpertiseInput}
        mutation={trpc.mentoringAdmin.renameExpertise.mutationOptions()}
        success={t("renamed")}
        maxLength={60}
      />
    </div>
  );
}
