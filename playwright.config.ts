// End-to-end tests against the production build (`next build` first: npm test does it), served by
// scripts/e2e-server.ts with a fresh, seeded embedded database. The app's port is a free one chosen per
// run (or E2E_PORT); with NEXT_DIST_DIR, several checkouts or engineers can run at once.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2ePort } from "./scripts/e2e-port";
import { oidcAppEnv, oidcE2ePort, oidcWebServer } from "./tests/oidc/e2e-config";

// Chosen in the main process's evaluation and passed to the workers through E2E_PORT (see e2e-port.ts).
const port = e2ePort(process.env);
// The test identity provider for single sign-on (e2e/sso.spec.ts), on a port of its own.
const oidcPort = oidcE2ePort(process.env);
const systemChromium = "/usr/bin/chromium";

// Debian's Chromium where it exists (Playwright's own download needs the internet); flags for containers.
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Journeys are long and a 2-core machine renders slowly: generous limits, never retries (counts stay honest).
  timeout: 180_000,
  expect: { timeout: 15_000 },
  // Two cores: the app, PostgreSQL and the browsers share them.
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: [
    {
      command: "node --conditions=react-server --import tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${port}/api/health`,
      env: { E2E_PORT: String(port), ...oidcAppEnv(oidcPort) },
      // Never test against a developer's running app or database.
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    oidcWebServer(oidcPort, port),
  ],
});
