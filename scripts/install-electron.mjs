// `predev` / `prestart`: fetches the Electron runtime when it is missing. Where it cannot be
// downloaded (no internet but the npm registry), it says so in one line and exits 0 all the
// same, so `npm start` goes on (in browser mode) instead of dead-ending here.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { electronRuntime, projectRoot } from "./electron-runtime.mjs";

const TIMEOUT_MS = 60_000;

if (!electronRuntime().installed) {
  const installer = join(projectRoot, "node_modules", "electron", "install.js"); // what node_modules/.bin/install-electron runs
  const run = existsSync(installer)
    ? spawnSync(process.execPath, [installer], { cwd: projectRoot, timeout: TIMEOUT_MS, stdio: "pipe", encoding: "utf8" })
    : undefined;
  if (!run || run.status !== 0 || !electronRuntime().installed) {
    const why = !run
      ? "the electron package is not installed"
      : run.error?.code === "ETIMEDOUT"
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : lastLine(`${run.stderr ?? ""}\n${run.error?.message ?? ""}`) || `installer exited with ${run.status}`;
    console.log(`Electron runtime not installed (${why}); Hearth can still run in a browser.`);
  }
}
process.exit(0);

function lastLine(text) {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("at "));
  return (lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? "").slice(0, 160);
}
