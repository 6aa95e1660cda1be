import { defineConfig } from "prisma/config";

// generate/validate/format only: migrations run through scripts/db (offline schema engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://pathway@localhost:54329/pathway" },
});
