import type { Role } from "~/server/auth/roles";
import type { Messages } from "~/messages/en";

export type NavItem = { href: string; labelKey: keyof Messages["nav"]; roles: readonly Role[] | "all" };

/** Role-aware navigation: a person sees the entries their roles open. Label keys are in messages/*.json under "nav". */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home", roles: "all" },
  { href: "/courses", labelKey: "catalogue", roles: "all" },
  { href: "/sessions", labelKey: "sessions", roles: "all" },
  { href: "/history", labelKey: "history", roles: "all" },
  { href: "/mentoring", labelKey: "mentoring", roles: "all" },
  { href: "/coaching", labelKey: "coaching", roles: "all" },
  { href: "/team", labelKey: "team", roles: ["MANAGER"] },
  { href: "/admin/courses", labelKey: "courses", roles: ["LD_ADMIN"] },
  { href: "/admin/sessions", labelKey: "sessionsAdmin", roles: ["LD_ADMIN"] },
  { href: "/admin/records", labelKey: "records", roles: ["LD_ADMIN", "AUDITOR"] },
  { href: "/admin/imports", labelKey: "imports", roles: ["LD_ADMIN"] },
  { href: "/admin/categories", labelKey: "categories", roles: ["LD_ADMIN"] },
  { href: "/admin/mentoring", labelKey: "mentoringAdmin", roles: ["LD_ADMIN"] },
  { href: "/admin/mentoring/stats", labelKey: "mentoringFigures", roles: ["AUDITOR"] },
  { href: "/admin/compliance", labelKey: "compliance", roles: ["LD_ADMIN", "AUDITOR"] },
  { href: "/admin/outbox", labelKey: "outbox", roles: ["LD_ADMIN"] },
  { href: "/reports", labelKey: "reports", roles: ["LD_ADMIN", "AUDITOR"] },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles === "all" || i.roles.some((r) => roles.includes(r)));
}
