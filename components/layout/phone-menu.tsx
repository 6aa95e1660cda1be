"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { CountBadge, NavLink, type NavEntry } from "~/components/layout/nav-link";
import { SignOutButton } from "~/components/layout/sign-out-button";
import { LanguageSwitcher } from "~/components/layout/language-switcher";

/**
 * Below `md` both navigation bars (a person's own pages and L&D's) are one menu behind a button: a disclosure
 * (aria-expanded, aria-controls) whose panel drops below the header. Escape closes it and puts focus back on the
 * button; following a link, tapping outside or widening the window past `md` closes it.
 */
export function PhoneMenu({ me, ld, mainLabel, ldLabel, ldHeading }: { me: NavEntry[]; ld: NavEntry[]; mainLabel: string; ldLabel: string; ldHeading: string }) {
  const t = useTranslations("nav");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const close = useCallback(() => setOpen(false), []);

  // Any change of page closes the menu (a link closes it on click too; this covers back/forward and redirects).
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const wide = window.matchMedia("(min-width: 48rem)");
    const onWide = () => wide.matches && setOpen(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    wide.addEventListener("change", onWide);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      wide.removeEventListener("change", onWide);
    };
  }, [open]);

  const waiting = [...me, ...ld].reduce((n, e) => n + (e.badge?.count ?? 0), 0);
  return (
    <div ref={root} className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="relative inline-flex size-10 items-center justify-center rounded-md text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-100"
      >
        <MenuIcon open={open} />
        <span className="sr-only">{t("menu")}</span>
        {waiting > 0 && (
          <span className="absolute -top-1.5 -right-1.5">
            <CountBadge count={waiting} text={t("waiting", { count: waiting })} />
          </span>
        )}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg"
      >
        {open && (
          <>
            <nav aria-label={mainLabel}>
              <ul className="flex flex-col gap-0.5">
                {me.map((e) => (
                  <li key={e.href}>
                    <NavLink entry={e} inMenu onNavigate={close} />
                  </li>
                ))}
              </ul>
            </nav>
            {ld.length > 0 && (
              <nav aria-label={ldLabel} className="mt-3 border-t border-slate-100 pt-3">
                <p aria-hidden className="px-3 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {ldHeading}
                </p>
                <ul className="flex flex-col gap-0.5">
                  {ld.map((e) => (
                    <li key={e.href}>
                      <NavLink entry={e} inMenu onNavigate={close} />
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <div className="mt-3 border-t border-slate-100 px-3 pt-3">
              <LanguageSwitcher signedIn />
            </div>
            <div className="mt-3 border-t border-slate-100 pt-3">
              <SignOutButton inMenu />
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
      {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  );
}
