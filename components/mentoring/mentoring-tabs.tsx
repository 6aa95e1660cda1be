"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/components/ui/cn";

export type MentoringTab = { href: string; label: string; exact?: boolean };

/** MentorNet's section links; the current one is marked for screen readers and by colour. They wrap on a phone rather than scroll, so no label is ever cut off. */
export function MentoringTabs({ tabs, label }: { tabs: MentoringTab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mt-2 mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {tabs.map((tab) => {
          const active = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block border-b-2 px-2.5 py-2 sm:px-3 text-sm font-medium whitespace-nowrap",
                  active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
