// The accounts of the test identity provider (tests/oidc/provider.ts) and the staff they stand for in the e2e
// database: the demo learner (prisma/seed/organisation.ts), an address no staff record has, and a staff member who
// has left (added, inactive, by the e2e server: the demo seed has no leaver).
import pg from "pg";

export type TestAccount = { sub: string; email: string; name: string };

export const SSO_ACCOUNTS = {
  learner: { sub: "sso-amina", email: "amina.diallo@example.org", name: "Amina Diallo" },
  unknown: { sub: "sso-stranger", email: "stranger@elsewhere.example.net", name: "Sam Stranger" },
  leaver: { sub: "sso-leaver", email: "sso.leaver@example.org", name: "Lena Leaver" },
} as const satisfies Record<string, TestAccount>;

export const SSO_CLIENT = { id: "pathway-e2e", secret: "pathway-e2e-client-secret", name: "Test identity provider" } as const;

/** Adds the leaver (once): a staff record that is no longer active, as an HR import marking them left leaves it. */
export async function addSsoLeaver(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, active, "leftOn", "updatedAt")
       VALUES ('stf_sso_leaver', 'SSO-LEFT-1', $1, $2, 'F', 'P2', false, current_date, now())
       ON CONFLICT ("employeeId") DO NOTHING`,
      [SSO_ACCOUNTS.leaver.email, SSO_ACCOUNTS.leaver.name],
    );
  } finally {
    await client.end();
  }
}
