import "server-only";
/** Every role in Pathway. LEARNER, MENTOR and MANAGER are derived from data; LD_ADMIN and AUDITOR are granted. */
export const ROLES = ["LEARNER", "MENTOR", "MANAGER", "LD_ADMIN", "AUDITOR"] as const;
export type Role = (typeof ROLES)[number];

export type Actor = {
  id: string;
  employeeId: string;
  email: string;
  fullName: string;
  locale: string;
  /** true once the person chose a language; until then `locale` follows their browser */
  localeChosen?: boolean;
  roles: Role[];
};

export function hasRole(actor: Pick<Actor, "roles"> | null | undefined, ...roles: Role[]): boolean {
  return !!actor && actor.roles.some((r) => roles.includes(r));
}

/** The role whose home page a person lands on, most specific first. */
export function primaryRole(roles: readonly Role[]): Role {
  for (const r of ["LD_ADMIN", "AUDITOR", "MANAGER", "MENTOR"] as const) if (roles.includes(r)) return r;
  return "LEARNER";
}
