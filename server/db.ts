import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/server/generated/prisma/client";

export type Db = PrismaClient;

function createClient(): PrismaClient {
  // The URL is read when the first query connects, so importing this during `next build` is harmless.
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { pathwayDb?: PrismaClient };

/** The one PrismaClient of the process (a globalThis singleton survives hot reloads). */
export const db: PrismaClient = globalForDb.pathwayDb ?? createClient();
globalForDb.pathwayDb = db;
