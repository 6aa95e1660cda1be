// PrismaClient for scripts (CLI, start, test setup, e2e server), which know their URL; the app's
// singleton in server/db.ts reads DATABASE_URL instead.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/server/generated/prisma/client";

export function createDb(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
