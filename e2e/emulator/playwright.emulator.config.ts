// The emulator's browser specs on their own: no app servers, each worker starts its own emulator.
// Run: npx playwright test -c e2e/emulator/playwright.emulator.config.ts
// (The root playwright.config.ts runs these specs too, alongside the app's.)
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "../fixtures/find-chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/emulator",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
});
