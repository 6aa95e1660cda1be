import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "~/server/generated/prisma/client";
import { databaseUrl } from "~/server/env";

/** The client type (for the rare function that must name it). */
export type Db = PrismaClient;
/** A transaction's client: functions take one only to join their caller's transaction. */
export type Tx = Prisma.TransactionClient;

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10 });
  // Under a burst (200 learners saving at once on 2 cores) a transaction may wait seconds for one of the pool's
  // connections: Prisma's default 2 s wait turned 237 of 5,216 requests into 500s (scripts/bench/load.ts). Requests
  // now queue for up to 15 s, and a started transaction may run 20 s, before either is an error.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 20_000 } });
}

const globalForDb = globalThis as unknown as { pathwayDb?: PrismaClient };

function client(): PrismaClient {
  // Created on first use, not on import: `next build` imports this module without a database.
  return (globalForDb.pathwayDb ??= createClient());
}

/**
 * The one PrismaClient of the process, for the app, the job worker, the CLI, the seed, the benchmarks and the tests
 * alike (a globalThis singleton survives hot reloads).
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(c) : value;
  },
});

/** Closes the client's connections (the CLI and tests before they exit or drop their database). */
export async function disconnectDb(): Promise<void> {
  const c = globalForDb.pathwayDb;
  globalForDb.pathwayDb = undefined;
  await c?.$disconnect();
}
