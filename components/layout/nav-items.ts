import type { Role } from "~/server/auth/roles";
import type { Messages } from "~/messages/en";

/** "me": a person's own learning (the header's main navigation); "ld": L&D's and auditors' pages (a second bar). */
export type NavItem = { href: string; labelKey: Exclude<keyof Messages["nav"], "menu" | "waiting" | "dismissToast"> | OwnLabelKey; roles: readonly Role[] | "all"; group: "me" | "ld" };

/** A full key "<namespace>.<key>" for a feature that keeps its label in its own catalogue (not under "nav"). */
type OwnLabelKey =
  | "xapi.nav"
  | "audit.nav"
  | "paths.nav"
  | "paths.adminNav"
  | "programmes.nav"
  | "programmeAdmin.nav"
  | "licences.nav"
  | "licences.adminNav"
  | "evaluations.nav"
  | "evaluations.adminNav";
export const hasOwnLabel = (key: NavItem["labelKey"]): key is OwnLabelKey => key.includes(".");

/** Role-aware navigation: a person sees the entries their roles open. Label keys are in messages/*.json under "nav". */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home", roles: "all", group: "me" },
  { href: "/courses", labelKey: "catalogue", roles: "all", group: "me" },
  { href: "/paths", labelKey: "paths.nav", roles: "all", group: "me" },
  { href: "/programmes", labelKey: "programmes.nav", roles: "all", group: "me" },
  { href: "/sessions", labelKey: "sessions", roles: "all", group: "me" },
  { href: "/history", labelKey: "history", roles: "all", group: "me" },
  { href: "/mentoring", labelKey: "mentoring", roles: "all", group: "me" },
  { href: "/coaching", labelKey: "coaching", roles: "all", group: "me" },
  { href: "/licences", labelKey: "licences.nav", roles: "all", group: "me" },
  { href: "/evaluations", labelKey: "evaluations.nav", roles: "all", group: "me" },
  { href: "/team", labelKey: "team", roles: ["MANAGER"], group: "me" },
  { href: "/admin/courses", labelKey: "courses", roles: ["LD_ADMIN"], group: "ld" },
  { href: "/admin/sessions", labelKey: "sessionsAdmin", roles: ["LD_ADMIN"], group: "ld" },
  { href: "/admin/paths", labelKey: "paths.adminNav", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/programmes", labelKey: "programmeAdmin.nav", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/licences", labelKey: "licences.adminNav", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/evaluations", labelKey: "evaluations.adminNav", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/records", labelKey: "records", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/imports", labelKey: "imports", roles: ["LD_ADMIN"], group: "ld" },
  { href: "/admin/categories", labelKey: "categories", roles: ["LD_ADMIN"], group: "ld" },
  { href: "/admin/mentoring", labelKey: "mentoringAdmin", roles: ["LD_ADMIN"], group: "ld" },
  { href: "/admin/mentoring/stats", labelKey: "mentoringFigures", roles: ["AUDITOR"], group: "ld" },
  { href: "/admin/compliance", labelKey: "compliance", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/outbox", labelKey: "outbox", roles: ["LD_ADMIN"], group: "ld" },
  { href: "/admin/xapi", labelKey: "xapi.nav", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/audit", labelKey: "audit.nav", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/admin/certificates", labelKey: "certificates", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
  { href: "/reports", labelKey: "reports", roles: ["LD_ADMIN", "AUDITOR"], group: "ld" },
];

export function navFor(roles: readonly Role[], group?: NavItem["group"]): NavItem[] {
  return NAV_ITEMS.filter((i) => (group === undefined || i.group === group) && (i.roles === "all" || i.roles.some((r) => roles.includes(r))));
}
