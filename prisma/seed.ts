import { db } from "~/server/db";
import { createRng } from "./seed/random";
import { DEMO_ACCOUNTS, seedOrganisation } from "./seed/organisation";
import { seedDemoVideo } from "./seed/media";
import { seedMentoring } from "./seed/mentoring";
import { seedCourses } from "./seed/courses";
import { seedSessions } from "./seed/sessions";
import { seedCompliance } from "./seed/compliance";
import { seedReportHistory } from "./seed/history";
import { seedPaths } from "./seed/paths";
import { seedProgrammes } from "./seed/programmes";
import { seedLicences } from "./seed/licences";
import { seedEvaluations } from "./seed/evaluations";
import { seedParity } from "./seed/parity";
import { issueMissingCertificates } from "~/server/certificates/certificates";

export type SeedContext = Awaited<ReturnType<typeof seedOrganisation>> & { asOf: Date; rng: ReturnType<typeof createRng> };

/**
 * The demo organisation, seeded once into an empty database in demo mode (`npm start`, e2e).
 * Deterministic: a fixed random seed gives the same people on every install. Features never depend on it.
 */
export async function seedDemo(asOf: Date = new Date()): Promise<void> {
  const started = Date.now();
  const rng = createRng(20200630);
  const org = await seedOrganisation(rng, asOf);
  await db.setting.upsert({
    where: { key: "demo.accounts" },
    create: { key: "demo.accounts", value: DEMO_ACCOUNTS.map(({ employeeId, role, title }) => ({ employeeId, role, title })) },
    update: { value: DEMO_ACCOUNTS.map(({ employeeId, role, title }) => ({ employeeId, role, title })) },
  });
  const ctx: SeedContext = { ...org, asOf, rng };
  void ctx;
  await seedMentoring({ staff: org.staff, asOf, log: console.log });
  await seedCourses({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  // Sessions look up the demo courses by code: after the courses.
  await seedSessions({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  // Compliance reads the course ledger: after the courses.
  await seedCompliance({ staff: org.staff, demo: org.demo, log: console.log });
  // The remote-working bootcamp path (its four courses and a few colleagues' completions), the development programmes
  // (EMERGE, I-seize and the open 2027 call, whose components may use the path and the sessions), the LinkedIn
  // Learning pool, and evaluations of the Respect workshop's sessions: after the courses and sessions they point at.
  await seedPaths({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  await seedProgrammes({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  await seedLicences({ staff: org.staff, asOf, log: console.log });
  await seedEvaluations({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  // Tops each annual-report year up to the report's figures: after everything else that writes the ledger.
  await seedReportHistory({ staff: org.staff, asOf, log: console.log });
  // The demo video lesson goes into a demo course: keep this after the courses are seeded.
  await seedDemoVideo(asOf);
  // Certificates for the demo's online and session completions (written in bulk above): after every ledger writer.
  await issueMissingCertificates(asOf);
  // The annual report's women-by-grade figures of 30 June 2020 and the end-2021 targets: last, after every seed that
  // adds or moves staff (it adds former staff and never changes the demo accounts or programme applicants).
  await seedParity({ staff: org.staff, demo: org.demo, asOf, log: console.log });
  console.log(`Seeded the demo organisation: ${org.staff.length} staff in ${Date.now() - started} ms.`);
}
