import "server-only";
import { db } from "~/server/db";
import { env } from "~/server/env";

export const DEMO_ACCOUNTS_KEY = "demo.accounts";

export type DemoAccount = { employeeId: string; role: string; fullName: string; title: string };

/** The demo accounts the seed recorded, shown on the sign-in page only in demo mode. */
export async function listDemoAccounts(): Promise<DemoAccount[]> {
  if (!env().demoMode) return [];
  const row = await db.setting.findUnique({ where: { key: DEMO_ACCOUNTS_KEY } });
  const list = Array.isArray(row?.value) ? (row.value as { employeeId: string; role: string; title: string }[]) : [];
  const staff = await db.staff.findMany({
    where: { employeeId: { in: list.map((a) => a.employeeId) }, active: true },
    select: { employeeId: true, fullName: true },
  });
  const names = new Map(staff.map((s) => [s.employeeId, s.fullName]));
  return list.flatMap((a) => {
    const fullName = names.get(a.employeeId);
    return fullName ? [{ ...a, fullName }] : [];
  });
}
