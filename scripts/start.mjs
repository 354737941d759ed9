// `npm start`: builds, then opens Hearth in Electron; where the Electron runtime is not
// installed (it cannot always be downloaded), runs the same app in browser mode instead.
// Extra arguments pass through: `npm start -- --data DIR` (both), `--port 0` (browser mode).
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { electronRuntime, projectRoot } from "./electron-runtime.mjs";

const args = process.argv.slice(2);
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
delete env.ELECTRON_RENDERER_URL; // only `electron-vite dev` sets this

const electronVite = join(projectRoot, "node_modules", "electron-vite", "bin", "electron-vite.js");
const build = spawnSync(process.execPath, [electronVite, "build"], { cwd: projectRoot, stdio: "inherit", env });
if (build.status !== 0) {
  console.error("hearth: the build failed (see above), so Hearth was not started.");
  process.exit(build.status ?? 1);
}

const runtime = electronRuntime();
let child;
if (runtime.installed) {
  child = spawn(runtime.path, [projectRoot, ...args], { cwd: projectRoot, stdio: "inherit", env });
} else {
  console.log("Electron could not be downloaded here, so Hearth starts in browser mode instead.");
  child = spawn(process.execPath, [join(projectRoot, "out", "main", "cli.js"), "serve", ...args], { cwd: projectRoot, stdio: "inherit", env });
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on("error", (err) => {
  console.error(`hearth: could not start (${err.message})`);
  process.exit(1);
});
