"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";

export function ResolveRematchButton({ feedbackId, name }: { feedbackId: string; name: string }) {
  const t = useTranslations("mentoring.rematch");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const resolve = useMutation(trpc.mentoringAdmin.resolveRematch.mutationOptions());
  return (
    <Button
      size="sm"
      variant="secondary"
      busy={resolve.isPending}
      aria-label={t("resolveFor", { name })}
      onClick={async () => {
        try {
          await resolve.mutateAsync({ id: feedbackId });
          toast("success", t("resolved"));
          router.refresh();
        } catch (err) {
          toast("error", errorMessage(err, tc("somethingWentWrong")));
        }
      }}
    >
      {t("resolve")}
    </Button>
  );
}
