import { audit } from "~/server/audit";
import { db } from "~/server/db";
import { parseIsoDate } from "~/lib/dates";

type Person = { id: string; employeeId: string; hireDate: Date };

/**
 * The demo's compliance history, on top of the requirements the bootstrap created at installation (everyone due by
 * the 30 June closing the reporting year, newcomers within 30 days) and the ledger seeded by prisma/seed/courses.ts:
 * - Working Together has been mandatory since its launch in May 2019, with staff in place due by the end of 2019,
 *   so those who never took it are long overdue and on L&D's escalation list, and recent newcomers are due or overdue;
 * - BSAFE and Anti-fraud awareness keep the installation's terms: certified staff are compliant (some certifications
 *   run out soon), the others — the demo learner among them — are due;
 * - a few exemptions granted by the demo L&D admin, with their reasons, as L&D would record them.
 * Run after seedCourses. The reminder e-mails appear in the outbox when the app's job worker starts.
 */
export async function seedCompliance(opts: { staff: Person[]; demo: Record<"LEARNER" | "LD_ADMIN", Person>; log?: (line: string) => void }) {
  const wt = await db.requirement.findFirst({ where: { course: { code: "WT" }, retiredAt: null }, select: { id: true } });
  if (wt) {
    await db.requirement.update({
      where: { id: wt.id },
      data: {
        effectiveFrom: parseIsoDate("2019-05-06"),
        dueDate: parseIsoDate("2019-12-31"),
        dueAfterDays: 30,
        note: "Mandatory since the course's launch in May 2019: staff in place by 31 December 2019, newcomers within 30 days.",
      },
    });
  }

  const bsafe = await db.requirement.findFirst({ where: { course: { code: "BSAFE" }, retiredAt: null }, select: { id: true, courseId: true } });
  if (!bsafe) return;
  // Three people without a BSAFE certification, never the demo accounts, chosen the same way on every install.
  const certified = new Set(
    (await db.trainingRecord.findMany({ where: { courseId: bsafe.courseId, status: { in: ["COMPLETED", "ATTENDED"] } }, select: { staffId: true }, distinct: ["staffId"] })).map((r) => r.staffId),
  );
  const demoIds = new Set(Object.values(opts.demo).map((p) => p.id));
  const candidates = opts.staff.filter((p) => !certified.has(p.id) && !demoIds.has(p.id) && !p.employeeId.startsWith("9001")).sort((a, b) => a.employeeId.localeCompare(b.employeeId));
  const reasons = [
    "On long-term sick leave; BSAFE to be taken on return.",
    "Seconded to UNDP in New York until 2027; holds a current BSAFE certificate from the UN system.",
    "Retires on 31 December; agreed with the Security Coordination Section.",
  ];
  const chosen = [candidates[7], candidates[211], candidates[503]].filter((p): p is Person => !!p);
  for (const [i, p] of chosen.entries()) {
    const row = await db.requirementExemption.upsert({
      where: { requirementId_staffId: { requirementId: bsafe.id, staffId: p.id } },
      create: { requirementId: bsafe.id, staffId: p.id, reason: reasons[i]!, grantedById: opts.demo.LD_ADMIN.id },
      update: {},
      select: { id: true },
    });
    await audit(db, opts.demo.LD_ADMIN, "requirement.exempt", "RequirementExemption", row.id, { reason: reasons[i]!, data: { requirementId: bsafe.id, staffId: p.id } });
  }
  opts.log?.(`Seeded compliance: Working Together required since May 2019; ${chosen.length} BSAFE exemptions.`);
}
