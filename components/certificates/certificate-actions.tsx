"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { ReissueCertificateInput, RevokeCertificateInput } from "~/lib/schemas/certificates";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Target = { id: string; course: string; holder: string };

/** L&D's two actions on a certificate, each with its reason (kept in the audit trail, never shown publicly). */
export function CertificateActions({ certificate, revoked }: { certificate: Target; revoked: boolean }) {
  return (
    <div className="flex flex-wrap gap-1">
      {!revoked && <ReasonDialog kind="revoke" certificate={certificate} />}
      <ReasonDialog kind="reissue" certificate={certificate} />
    </div>
  );
}

function ReasonDialog({ kind, certificate }: { kind: "revoke" | "reissue"; certificate: Target }) {
  const t = useTranslations("certificates.admin");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const revoke = useFormAction({
    schema: RevokeCertificateInput,
    mutation: trpc.certificates.revoke.mutationOptions(),
    values: (f) => ({ certificateId: certificate.id, reason: f.text("reason") }),
    success: t("revokedToast"),
    onSuccess: () => setOpen(false),
  });
  const reissue = useFormAction({
    schema: ReissueCertificateInput,
    mutation: trpc.certificates.reissue.mutationOptions(),
    values: (f) => ({ certificateId: certificate.id, reason: f.text("reason") }),
    success: t("reissuedToast"),
    onSuccess: () => setOpen(false),
  });
  const action = kind === "revoke" ? revoke : reissue;
  const names = { course: certificate.course, holder: certificate.holder };
  return (
    <>
      <Button variant={kind === "revoke" ? "secondary" : "ghost"} size="sm" onClick={() => { action.clear(); setOpen(true); }}>
        {kind === "revoke" ? t("revoke") : t("reissue")}
        <span className="sr-only"> — {t("target", names)}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={action.onSubmit}
        title={kind === "revoke" ? t("revokeTitle", names) : t("reissueTitle", names)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={action.pending}>{kind === "revoke" ? t("revokeConfirm") : t("reissueConfirm")}</SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-700">{kind === "revoke" ? t("revokeIntro") : t("reissueIntro")}</p>
        <Field label={t("reason")} hint={t("reasonHint")} error={action.error("reason")}>
          {(p) => <Textarea {...p} name="reason" required />}
        </Field>
        <FormError message={action.formError} />
      </Dialog>
    </>
  );
}
