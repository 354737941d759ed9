import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Unit and server tests run in Node; a renderer test opts into a DOM with the first-line
// comment `// @vitest-environment happy-dom`. End-to-end tests are Playwright's (playwright.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      "tests/unit/**/*.test.{ts,tsx}",
      "tests/server/**/*.test.ts",
      // Electron main-process logic, against a stand-in electron module (the runtime cannot run everywhere).
      "tests/electron-main/**/*.test.ts",
      // Electron's main process and preload with a fake `electron` module (the runtime cannot run here).
      "tests/electron-main/**/*.test.ts",
      // The scaled-down soak against the built `hearth serve` (npm test builds first).
      "tests/soak/**/*.test.ts",
      // The test infrastructure's own checks (e.g. the Chromium resolver).
      "tests/support/**/*.test.{ts,tsx}",
    ],
    environment: "node",
    // Separate processes: better-sqlite3 is a native module and some tests change process.env.
    pool: "forks",
    restoreMocks: true,
    unstubEnvs: true,
  },
});
