import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const define = { __HEARTH_VERSION__: JSON.stringify(version) };

// Three builds: the Electron main (plus the `hearth serve` CLI, which shares the server code),
// the sandboxed preload (CommonJS: a sandboxed preload cannot be an ES module), and the
// renderer, which Electron windows and `hearth serve` both load.
export default defineConfig({
  main: {
    define,
    build: {
      outDir: "out/main",
      rolldownOptions: {
        input: { index: resolve("electron/main/index.ts"), cli: resolve("src/server/cli-entry.ts") },
      },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve("electron/preload/index.ts") },
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    root: "src/renderer",
    plugins: [react()],
    build: {
      outDir: "out/renderer",
      // Minified, and split at the lazy imports in main.tsx (phone, facilitator, projector), so a
      // phone downloads only its own screens. Every file under assets/ is named by its content
      // hash: `hearth serve` lets browsers keep those for good (src/server/lan/static-files.ts).
      minify: true,
      cssMinify: true,
      rolldownOptions: { input: { index: resolve("src/renderer/index.html") } },
    },
  },
});
