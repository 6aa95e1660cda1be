import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createStaff, uniq } from "~/tests/factories";
import { ensureTestSecret, setTestEnv } from "~/tests/env";
import { actorForSession } from "~/server/auth/actor";
import { endSessions, setGrantedRoles } from "~/server/auth/session-version";
import { authenticateApiToken, createApiToken } from "~/server/api-tokens/tokens";
import { importStaff } from "~/server/imports/staff";

// A session is a JWT; these tests hold on to one as a browser (or a thief) would, and replay it after sign-out,
// departure and role changes. getActor() is actorForSession(getServerSession(…)): the same steps, without Next.
ensureTestSecret();
const restoreEnv = setTestEnv({ OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined, SMTP_URL: undefined, PATHWAY_DEMO: "0" });
afterAll(restoreEnv);

const db = testDb();

type Jwt = (p: { token: JWT; user?: { id: string; email?: string | null } }) => Promise<JWT>;
type SessionCb = (p: { session: { expires: string }; token: JWT }) => Promise<{ staffId?: string; sessionVersion?: number }>;

let options: NextAuthOptions;
beforeAll(async () => {
  vi.resetModules();
  options = (await import("~/server/auth/options")).authOptions();
});

/** The JWT next-auth writes at sign-in (the user as the adapter found them by e-mail). */
async function signIn(staff: { id: string; email: string }): Promise<JWT> {
  return (options.callbacks!.jwt as unknown as Jwt)({ token: { sub: staff.id }, user: { id: staff.id, email: staff.email } });
}

/** What a later request carrying `token` gets: next-auth's jwt and session callbacks, then Pathway's actor. */
async function request(token: JWT) {
  const next = await (options.callbacks!.jwt as unknown as Jwt)({ token });
  const session = await (options.callbacks!.session as unknown as SessionCb)({ session: { expires: "2099-01-01T00:00:00.000Z" }, token: next });
  return actorForSession(session);
}

async function signOut(token: JWT) {
  await (options.events!.signOut as unknown as (m: { token: JWT }) => Promise<void>)({ token });
}

const versionOf = async (id: string) => (await db.staff.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

describe("session versions: a session ends when it should", () => {
  it("signs a new session with the staff member's version (0 at first), and the session callback hands it on", async () => {
    const staff = await createStaff(db);
    const token = await signIn(staff);
    expect(token).toMatchObject({ staffId: staff.id, sv: 0 });
    const session = await (options.callbacks!.session as unknown as SessionCb)({ session: { expires: "2099-01-01T00:00:00.000Z" }, token });
    expect(session).toMatchObject({ staffId: staff.id, sessionVersion: 0 });
    expect((await request(token))?.id).toBe(staff.id);
  });

  it("refuses the same token once the version is bumped, and a token that carries no version", async () => {
    const staff = await createStaff(db);
    const token = await signIn(staff);
    expect(await endSessions(db, [staff.id])).toBe(1);
    expect(await request(token)).toBeNull();
    // A fresh sign-in gets the new version and works.
    const again = await signIn(staff);
    expect(again.sv).toBe(1);
    expect((await request(again))?.id).toBe(staff.id);
    // A session from before session versions (no `sv`) is treated as signed out.
    expect(await request({ sub: staff.id, staffId: staff.id })).toBeNull();
  });

  it("ends the session at sign-out: the JWT kept from before is refused afterwards, on every device", async () => {
    const staff = await createStaff(db);
    const laptop = await signIn(staff);
    const phone = await signIn(staff);
    await signOut(laptop);
    expect(await versionOf(staff.id)).toBe(1);
    expect(await request(laptop)).toBeNull();
    expect(await request(phone)).toBeNull();

    // Replaying the old token's sign-out does not end the next session.
    const next = await signIn(staff);
    await signOut(laptop);
    expect(await versionOf(staff.id)).toBe(1);
    expect((await request(next))?.id).toBe(staff.id);
  });

  it("ends the sessions of a person whose granted roles change, and only when they change", async () => {
    const staff = await createStaff(db, { roles: ["LD_ADMIN"] });
    const token = await signIn(staff);
    expect((await request(token))?.roles).toContain("LD_ADMIN");

    expect(await db.$transaction((tx) => setGrantedRoles(tx, staff.id, ["LD_ADMIN"]))).toBe(false);
    expect((await request(token))?.roles).toContain("LD_ADMIN");

    expect(await db.$transaction((tx) => setGrantedRoles(tx, staff.id, ["AUDITOR"]))).toBe(true);
    expect(await request(token)).toBeNull();
    const after = await signIn(staff);
    expect((await request(after))?.roles).toEqual(["LEARNER", "AUDITOR"]);
    expect((await db.staff.findUniqueOrThrow({ where: { id: staff.id } })).roles).toEqual(["AUDITOR"]);
  });

  it("never bumps anyone else's version", async () => {
    const [a, b] = [await createStaff(db), await createStaff(db)];
    const tokenB = await signIn(b);
    await endSessions(db, [a.id, a.id]);
    expect(await versionOf(a.id)).toBe(1);
    expect(await versionOf(b.id)).toBe(0);
    expect((await request(tokenB))?.id).toBe(b.id);
  });
});

// Last in this file: an HR import marking missing people as left deactivates everyone the file does not name.
describe("a staff member whom an HR import marks as left loses access at their next request", () => {
  it("refuses their session (pages send them to sign-in) and their API token (403), and keeps everyone else's", async () => {
    const stays = await createStaff(db, { roles: ["LD_ADMIN"] });
    const leaves = await createStaff(db, { roles: ["LD_ADMIN"] });
    const staysToken = await signIn(stays);
    const leavesToken = await signIn(leaves);
    const { token: apiToken } = await createApiToken(actorOf(leaves, "LD_ADMIN"), { name: `export ${uniq()}` });
    expect(await authenticateApiToken(`Bearer ${apiToken}`)).toMatchObject({ ok: true, ownerId: leaves.id });
    expect((await request(leavesToken))?.id).toBe(leaves.id);

    const file = [
      "employee_id,email,full_name,gender,grade,department,sector,duty_station,hire_date,manager_employee_id",
      `${stays.employeeId},${stays.email},${stays.fullName},F,P3,HRMD ${uniq()},,,2018-01-15,`,
    ].join("\n");
    const outcome = await importStaff(file, { skipInvalid: false, dryRun: false, markMissingAsLeft: true, actorId: null, fileName: "staff.csv", asOf: new Date() });
    expect(outcome.markedLeft).toBeGreaterThanOrEqual(1);

    expect(await versionOf(leaves.id)).toBe(1);
    expect(await request(leavesToken)).toBeNull();
    expect(await authenticateApiToken(`Bearer ${apiToken}`)).toMatchObject({ ok: false, status: 403 });
    // Signing in again is refused too.
    expect(await options.callbacks!.signIn!({ user: { id: "x", email: leaves.email }, account: null } as never)).toBe("/auth/refused");

    // The person named in the file keeps their session.
    expect(await versionOf(stays.id)).toBe(0);
    expect((await request(staysToken))?.id).toBe(stays.id);
  });
});
