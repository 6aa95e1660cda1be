"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

/** Signs out: a small button in the desktop header, a full-width entry at the end of the phone menu (`inMenu`). */
export function SignOutButton({ inMenu = false, className }: { inMenu?: boolean; className?: string }) {
  const t = useTranslations("common");
  const onClick = () => void signOut({ callbackUrl: "/signin" });
  if (inMenu)
    return (
      <button type="button" onClick={onClick} className="w-full rounded-md px-3 py-2.5 text-left text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
        {t("signOut")}
      </button>
    );
  return (
    <Button variant="ghost" size="sm" className={className} onClick={onClick}>
      {t("signOut")}
    </Button>
  );
}
