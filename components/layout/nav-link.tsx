"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/components/ui/cn";

/** A navigation entry with its label already translated, and its count badge ("2 waiting") when something waits. */
export type NavEntry = { href: string; label: string; badge?: { count: number; text: string } };

export function isActive(href: string, pathname: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** One entry of a navigation bar (desktop) or of the phone menu (`inMenu`: full width, a larger touch target). */
export function NavLink({ entry, inMenu = false, onNavigate }: { entry: NavEntry; inMenu?: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  const active = isActive(entry.href, pathname);
  return (
    <Link
      href={entry.href}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      className={cn(
        "relative flex items-center gap-2 rounded-md font-medium",
        inMenu ? "px-3 py-2.5 text-base" : "whitespace-nowrap px-3 py-2 text-sm",
        active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
      )}
    >
      {entry.label}
      {entry.badge && <CountBadge count={entry.badge.count} text={entry.badge.text} />}
    </Link>
  );
}

/** The number for the eye, the words ("2 waiting") for a screen reader. */
export function CountBadge({ count, text }: { count: number; text: string }) {
  return (
    <>
      <span aria-hidden className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs leading-none font-semibold text-white tabular-nums">
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only">({text})</span>
    </>
  );
}
