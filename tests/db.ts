// The database of the current integration test file (see tests/setup/file-db.ts): the app's own
// PrismaClient, so a test and the domain code it calls share one connection pool.
import { db } from "~/server/db";
import type { PrismaClient } from "~/server/generated/prisma/client";

export function testDb(): PrismaClient {
  if (!process.env.DATABASE_URL?.includes("/test_")) {
    throw new Error("testDb() is for *.int.test.ts files, whose setup gives each file its own database.");
  }
  return db;
}
