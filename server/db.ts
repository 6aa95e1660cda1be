import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient, type Prisma } from "~/server/generated/prisma/client";
import { databaseUrl, replicaDatabaseUrls } from "~/server/env";

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

type Replicated = { $replica(): PrismaClient; $disconnect(): Promise<void> };
const globalForReplicas = globalThis as unknown as { pathwayReplicas?: { urls: string; client: Replicated | null; replicas: PrismaClient[] } };

/**
 * The primary extended with Prisma's read-replicas extension over DATABASE_REPLICA_URLS (one client per replica,
 * each on the PrismaPg adapter), or null when no replica is configured.
 */
function replicaSet(): { urls: string; client: Replicated | null; replicas: PrismaClient[] } {
  const urls = replicaDatabaseUrls();
  const key = urls.join(",");
  const cached = globalForReplicas.pathwayReplicas;
  if (cached && cached.urls === key) return cached;
  const replicas = urls.map((url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), transactionOptions: { maxWait: 15_000, timeout: 120_000 } }));
  const extended = replicas.length ? (client().$extends(readReplicas({ replicas })) as unknown as Replicated) : null;
  return (globalForReplicas.pathwayReplicas = { urls: key, client: extended, replicas });
}
const replicated = () => replicaSet().client;

/** The replicas' own clients (none without DATABASE_REPLICA_URLS), for measuring their lag (server/db-freshness.ts). */
export function replicaClients(): readonly PrismaClient[] {
  return replicaSet().replicas;
}

/** True when reads through `readDb` go to a streaming replica (DATABASE_REPLICA_URLS is set). */
export function readsFromReplica(): boolean {
  return replicated() !== null;
}

/**
 * The client for reports, dashboards and exports: a read replica (picked at random per use when several are
 * configured; raw SQL and read-only transactions included, through the extension's `$replica()`), or the primary
 * when no replica is configured. Never for a read that must see the reader's own just-made write (their progress,
 * their enrolment), nor for anything that writes: those use `db`. Its figures may lag the primary by the replica's
 * replay lag: pages that read through it show a FreshnessNote (server/db-freshness.ts).
 */
export const readDb: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = replicated()?.$replica() ?? client();
    const value = Reflect.get(c, property, c) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(c) : value;
  },
});

/** Closes the client's connections (the CLI and tests before they exit or drop their database). */
export async function disconnectDb(): Promise<void> {
  const c = globalForDb.pathwayDb;
  const r = globalForReplicas.pathwayReplicas?.client;
  globalForDb.pathwayDb = undefined;
  globalForReplicas.pathwayReplicas = undefined;
  await r?.$disconnect();
  await c?.$disconnect();
}
