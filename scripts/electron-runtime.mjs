// Is the Electron runtime (the binary, not the npm package) installed? Shared by
// scripts/start.mjs, scripts/install-electron.mjs and tests/electron. It never downloads:
// requiring the `electron` package would try to, so this reads the package's files instead.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const electronDir = join(projectRoot, "node_modules", "electron");

/** Where the Electron executable is (or would be), and whether it is there. */
export function electronRuntime(env = process.env) {
  const override = env.ELECTRON_EXEC_PATH;
  if (override) return { path: override, installed: existsSync(override) };
  const pathFile = join(electronDir, "path.txt");
  if (!existsSync(pathFile)) return { path: join(electronDir, "dist"), installed: false };
  const path = join(electronDir, "dist", readFileSync(pathFile, "utf8").trim());
  return { path, installed: existsSync(path) };
}
