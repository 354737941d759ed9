#!/usr/bin/env node
// `hearth serve`: the room in plain Node, serving the app to any browser. Built by `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.error(`hearth: Node ${process.versions.node} is too old; Hearth needs Node 22 or newer (npm scripts provide it: npm run serve).`);
  process.exit(1);
}
const cli = fileURLToPath(new URL("../out/main/cli.js", import.meta.url));
if (!existsSync(cli)) {
  console.error("hearth: Hearth is not built yet. Run `npm run build` first (or `npm run serve`, which builds).");
  process.exit(1);
}
await import(cli);
