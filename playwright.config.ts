import { defineConfig } from "@playwright/test";
import { resolveChromium } from "./tests/support/chromium";

// Found once per process (the runner, then each worker); nothing is ever downloaded.
// An end-to-end run needs `npm run build` first: the tests drive out/main/cli.js (`hearth serve`).
const browser = await resolveChromium();
if (!process.env.TEST_WORKER_INDEX) console.log(`Chromium for e2e: ${browser.source}`);
// `hearth serve` prints report PDFs with a Chromium too: the same one (the fixture's servers inherit this).
process.env.HEARTH_CHROMIUM ??= browser.executablePath;

export default defineConfig({
  outputDir: "test-results",
  workers: 2,
  // No retries, locally or in CI: a flaky test is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["./tests/support/summary-reporter.ts"]],
  // Generous on purpose: CI and facilitators' laptops are small 2-core machines, often busy.
  // A test still fails on a wrong answer at once; only a slow right answer is waited for.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: "e2e",
      testDir: "tests/e2e",
      use: {
        browserName: "chromium",
        launchOptions: { executablePath: browser.executablePath, args: browser.args },
        trace: "retain-on-failure",
        screenshot: "only-on-failure",
      },
    },
    // Playwright's _electron; these tests skip themselves where no Electron runtime is installed.
    { name: "electron", testDir: "tests/electron" },
  ],
});
