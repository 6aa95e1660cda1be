// Two projects: `unit` (*.test.ts, pure logic, no database) and `integration` (*.int.test.ts, real
// PostgreSQL: one embedded server per run, one database per test file cloned from a migrated template).
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// A non-UTC zone catches date bugs that UTC hides (Auckland is ahead of UTC by 12–13 hours).
process.env.TZ = process.env.PATHWAY_TEST_TZ ?? "Pacific/Auckland";

const exclude = [...configDefaults.exclude, "e2e/**", ".next*/**", ".data*/**", "server/generated/**"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^~\//, replacement: root },
      // Tests load server code the way the app, the CLI and the worker do (`--conditions=react-server`, see
      // scripts/server-runtime.ts): "server-only" is its empty module there. An alias rather than the condition itself,
      // because vitest hands node_modules to Node's own resolver, which never sees Vite's conditions, and the
      // condition would switch React and next-intl to their server builds for every test; "server-only" is the one
      // package whose meaning for our code depends on it.
      { find: /^server-only$/, replacement: `${root}node_modules/server-only/empty.js` },
    ],
  },
  test: {
    // Vitest's default (cores − 1) is one worker on a 2-core machine; integration tests wait on PostgreSQL (another
    // process) about half the time, so two workers there run the suite in 344 s instead of 514 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.{ts,tsx}"], exclude: [...exclude, "**/*.int.test.{ts,tsx}"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.{ts,tsx}"],
          exclude,
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/file-db.ts"],
          testTimeout: 120_000, // CLI tests spawn real processes; a loaded 2-core CI machine is slow
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
