import type { Role } from "~/server/auth/roles";

/** "public": anyone; "authenticated": any signed-in person; otherwise the roles allowed. */
export type Access = "public" | "authenticated" | readonly Role[];

const ADMIN = ["LD_ADMIN"] as const;
const REPORTS = ["LD_ADMIN", "AUDITOR"] as const;

/**
 * Who may call every tRPC procedure. The guard in trpc.ts enforces it and
 * server/api/permissions.int.test.ts walks the real router against it.
 * Object-level rules (is this my team member, my mentee?) live in each domain's policy.
 */
export const procedureRoles: Record<string, Access> = {
  "health.ping": "public",
  "me.get": "authenticated",
  "me.setLocale": "authenticated",
  "people.team": ["MANAGER", "LD_ADMIN"],
  "people.search": ADMIN,
  "people.orgSummary": REPORTS,
  "categories.list": "authenticated",
  "categories.create": ADMIN,
  "categories.rename": ADMIN,
  "categories.retire": ADMIN,
  "categories.restore": ADMIN,
  "compliance.requirements": REPORTS,
  "compliance.formOptions": ADMIN,
  "compliance.createRequirement": ADMIN,
  "compliance.updateRequirement": ADMIN,
  "compliance.retireRequirement": ADMIN,
  "compliance.restoreRequirement": ADMIN,
  "compliance.exemptions": ADMIN,
  "compliance.grantExemption": ADMIN,
  "compliance.revokeExemption": ADMIN,
  "compliance.settings": REPORTS,
  "compliance.updateSettings": ADMIN,
  "compliance.people": REPORTS,
  "compliance.mine": "authenticated",
  "compliance.team": ["MANAGER"],
  // object-level: own, direct report's (manager) or anyone's (L&D) — server/compliance/policy.ts
  "compliance.explain": "authenticated",
  "compliance.runRemindersNow": ADMIN,
  "outbox.list": ADMIN,
  "outbox.get": ADMIN,
  "outbox.retry": ADMIN,
  "courses.catalogue": "authenticated",
  "courses.start": "authenticated",
  "courses.completeLesson": "authenticated",
  "courses.attest": "authenticated",
  "courses.submitQuiz": "authenticated",
  "courseAuthoring.list": ADMIN,
  "courseAuthoring.create": ADMIN,
  "courseAuthoring.update": ADMIN,
  "courseAuthoring.openDraft": ADMIN,
  "courseAuthoring.publish": ADMIN,
  "courseAuthoring.discardDraft": ADMIN,
  "courseAuthoring.retire": ADMIN,
  "courseAuthoring.restore": ADMIN,
  "courseAuthoring.addLesson": ADMIN,
  "courseAuthoring.updateLesson": ADMIN,
  "courseAuthoring.deleteLesson": ADMIN,
  "courseAuthoring.moveLesson": ADMIN,
  "courseAuthoring.saveQuestion": ADMIN,
  "courseAuthoring.deleteQuestion": ADMIN,
  "courseAuthoring.moveQuestion": ADMIN,
  "courseAuthoring.previewQuiz": ADMIN,
  "media.settings": ADMIN,
  "media.createUpload": ADMIN,
  "media.asset": ADMIN,
  "media.attach": ADMIN,
  "media.addCaption": ADMIN,
  "media.removeCaption": ADMIN,
  // object-level: a lesson the person may see (started/enrolled, or L&D) — server/media/policy.ts
  "media.playback": "authenticated",
  "media.progress": "authenticated",
  "media.report": "authenticated",
  "apiTokens.list": ADMIN,
  "apiTokens.create": ADMIN,
  "apiTokens.rename": ADMIN,
  "apiTokens.revoke": ADMIN,
};
