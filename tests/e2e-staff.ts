// Staff the e2e database has besides the demo organisation, each for the one spec that changes what other specs rely
// on. Signing out ends every session a person has (server/auth/session-version.ts), so e2e/sign-in.spec.ts signs out
// a person no other spec signs in as — never a demo persona that the other worker may be using at that moment.
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/** Where scripts/e2e-server.ts leaves the e2e app's settings (database, secrets) for specs that start a second instance. */
export function e2eAppSettingsFile(appPort: string | number): string {
  return path.join(tmpdir(), `pathway-e2e-app-${appPort}.json`);
}

export const SIGN_OUT_TESTER = { employeeId: "E2E-SIGNOUT-1", email: "sign.out.tester@example.org", name: "Sasha Signout" } as const;

/** Adds the sign-out tester (once): an active staff member with no role, department or manager. */
export async function addSignOutTester(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, active, "updatedAt")
       VALUES ('stf_e2e_signout', $1, $2, $3, 'X', 'P2', true, now())
       ON CONFLICT ("employeeId") DO NOTHING`,
      [SIGN_OUT_TESTER.employeeId, SIGN_OUT_TESTER.email, SIGN_OUT_TESTER.name],
    );
  } finally {
    await client.end();
  }
}
