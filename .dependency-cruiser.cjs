/**
 * Hearth's layering, checked by `npm run lint` (part of `npm test`):
 *
 *   src/core          zod and itself only: no Node, no DOM, no React, no Electron
 *   src/api           core, zod
 *   src/server        core, api, Node built-ins, better-sqlite3, ws, zod
 *                     (+ playwright-core, in src/server/report/pdf/ only: browser mode's PDF printer)
 *                     (+ pouchdb-node and express-pouchdb, in src/server/hub/ only: the partnership hub)
 *   src/renderer      core, api, react, react-dom, @dnd-kit/*, i18next, react-i18next, qrcode, zod, papaparse
 *                     inside it: features/<name>/ import app/ (the shell), ui/, i18n/ and their own folder,
 *                     never another feature; pages/ composes features; app/, ui/, i18n/ import no feature
 *   electron/preload  api, core (types only), electron
 *   electron/main     server, api, core, electron, Node built-ins
 *   nothing in src/ imports electron/ or the electron package
 *
 * DO NOT RELAX THESE RULES to make a change pass. If a layer truly needs a new dependency,
 * change the rule here and in the folder's README.md together, and say why in the commit.
 * Each rule lists what a layer MAY import; anything else (including Node built-ins, which
 * have paths like "fs" or "node:fs") fails.
 */

/** Paths of npm packages, as dependency-cruiser resolves them (type packages included). */
const pkg = (...names) => names.map((name) => `^node_modules/(@types/)?${name}/`);

/** `import type { Server } from "node:http"` may resolve into @types/node rather than to a built-in. */
const NODE_TYPES = "^node_modules/@types/node/";

/** A rule: files under `from` may import only the paths matching `allowed`. */
const onlyAllowed = (name, comment, from, allowed) => ({
  name,
  comment: `${comment} (do not relax these rules)`,
  severity: "error",
  from: { path: from },
  to: { pathNot: allowed },
});

/**
 * Inside src/server, layers from the bottom up; a layer imports only those below it (and itself):
 *   leaves     version.ts, paths.ts, room-error.ts (import nothing of the server)
 *   db/        the SQLite connection, migrations, repositories, purging
 *   join/, report/, thread/  the front desk for devices; the report; the neighbourhood thread
 *   room/      commands, sessions, visibility
 *   data/      the data folder: opening, backups, restore, retention, the lock
 *   lan/       the LAN server
 *   hub/       the partnership hub: replication of the thread, the stand-in, setting up a partnership
 *   entry      cli*.ts, start-room.ts, store-env.ts
 */
const SERVER_LAYERS = [
  ["leaves", "^src/server/(version|paths|room-error)[.]ts$"],
  ["db", "^src/server/db/"],
  ["join-report-thread", "^src/server/(join|report|thread)/"],
  ["room", "^src/server/room/"],
  ["data", "^src/server/data/"],
  ["lan", "^src/server/lan/"],
  ["hub", "^src/server/hub/"],
  ["entry", "^src/server/(cli|cli-args|cli-entry|cli-hub|start-room|store-env)[.]ts$"],
];

/** One rule per server layer: nothing it imports lies in a layer above it. */
const serverLayerRules = SERVER_LAYERS.slice(0, -1).map(([name, from], i) => ({
  name: `server-${name}-imports-no-layer-above`,
  comment: `src/server/${name} imports only layers below it (SERVER_LAYERS; src/server/README.md) (do not relax these rules)`,
  severity: "error",
  from: { path: from },
  to: { path: SERVER_LAYERS.slice(i + 1).map(([, above]) => above) },
}));

module.exports = {
  forbidden: [
    onlyAllowed("core-imports-only-zod", "src/core is the pure domain: zod and src/core only", "^src/core/", [
      "^src/core/",
      ...pkg("zod"),
    ]),
    onlyAllowed("api-imports-only-core-and-zod", "src/api is the contract: src/core and zod only", "^src/api/", [
      "^src/(api|core)/",
      ...pkg("zod"),
    ]),
    {
      name: "server-imports-only-core-api-node-db-ws",
      comment: "src/server may use src/core, src/api, Node built-ins, better-sqlite3, ws and zod; never the renderer or electron/ (do not relax these rules)",
      severity: "error",
      from: { path: "^src/server/" },
      to: {
        dependencyTypesNot: ["core"],
        pathNot: ["^src/(server|core|api)/", ...pkg("better-sqlite3", "ws", "zod", "playwright-core", "pouchdb-node", "express-pouchdb"), NODE_TYPES],
      },
    },
    {
      name: "pouchdb-only-in-the-hub",
      comment: "PouchDB and the stand-in (express-pouchdb) serve the partnership hub only (src/server/hub/) (do not relax these rules)",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/server/hub/" },
      to: { path: pkg("pouchdb-node", "express-pouchdb") },
    },
    ...serverLayerRules,
    {
      name: "command-support-imports-no-handler",
      comment: "room/commands/support/ holds what handlers share; it sits below them and never imports one (do not relax these rules)",
      severity: "error",
      from: { path: "^src/server/room/commands/support/" },
      to: { path: "^src/server/room/commands/[^/]+[.]ts$" },
    },
    {
      name: "server-files-sit-in-a-layer",
      comment: "Every file of src/server sits in a layer (SERVER_LAYERS): a new folder or top-level file is placed there first (do not relax these rules)",
      severity: "error",
      from: { path: "^src/server/", pathNot: SERVER_LAYERS.map(([, path]) => path) },
      to: {},
    },
    {
      name: "playwright-core-only-in-the-pdf-printer",
      comment: "Browser mode prints PDFs through a headless Chromium (playwright-core); nothing else in src/ drives a browser (do not relax these rules)",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/server/report/pdf/" },
      to: { path: pkg("playwright-core") },
    },
    onlyAllowed(
      "renderer-imports-only-core-api-and-ui-packages",
      "src/renderer runs in a sandboxed page: src/core, src/api, React, dnd-kit, i18next, qrcode, zod, papaparse (reading CSV files of notes) and its own assets; no Node built-ins, never server or electron/",
      "^src/renderer/",
      [
        "^src/(renderer|core|api)/",
        "^resources/",
        ...pkg("react", "react-dom", "@dnd-kit/[^/]+", "i18next", "react-i18next", "qrcode", "zod", "papaparse"),
      ],
    ),
    {
      name: "renderer-feature-imports-no-other-feature",
      comment: "A feature (src/renderer/features/<name>/) imports the shell (app/), ui/, i18n/, src/api and src/core, never another feature; pages/ composes features (src/renderer/README.md) (do not relax these rules)",
      severity: "error",
      from: { path: "^src/renderer/features/([^/]+)/" },
      to: { path: "^src/renderer/features/", pathNot: "^src/renderer/features/$1/" },
    },
    {
      name: "renderer-feature-imports-no-page",
      comment: "Pages compose features; a feature never imports a page (src/renderer/README.md) (do not relax these rules)",
      severity: "error",
      from: { path: "^src/renderer/features/" },
      to: { path: "^src/renderer/pages/" },
    },
    {
      name: "renderer-shell-and-ui-import-no-feature",
      comment: "The shell (app/), ui/ and i18n/ sit below the features and the pages and import neither (src/renderer/README.md) (do not relax these rules)",
      severity: "error",
      from: { path: "^src/renderer/(app|ui|i18n)/" },
      to: { path: "^src/renderer/(features|pages)/" },
    },
    onlyAllowed(
      "preload-imports-only-api-core-electron",
      "electron/preload is the one narrow bridge: src/api, src/core (types) and electron only",
      "^electron/preload/",
      ["^electron/preload/", "^src/(api|core)/", ...pkg("electron")],
    ),
    {
      name: "preload-uses-core-types-only",
      comment: "electron/preload takes only types from src/core; behaviour reaches it through src/api (do not relax these rules)",
      severity: "error",
      from: { path: "^electron/preload/" },
      to: { path: "^src/core/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "electron-main-imports-only-server-api-core-electron-node",
      comment: "electron/main is a thin shell: src/server, src/api, src/core, electron and Node built-ins; never the renderer (do not relax these rules)",
      severity: "error",
      from: { path: "^electron/main/" },
      to: {
        dependencyTypesNot: ["core"],
        pathNot: ["^electron/main/", "^src/(server|api|core)/", ...pkg("electron"), NODE_TYPES],
      },
    },
    {
      name: "src-never-imports-electron",
      comment: "Everything under src/ must also run in plain Node and browsers (`hearth serve`) (do not relax these rules)",
      severity: "error",
      from: { path: "^src/" },
      to: { path: ["^electron/", ...pkg("electron")] },
    },
    {
      name: "no-unresolvable-imports",
      comment: "An import the checker cannot resolve cannot be checked against the rules above",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Keep `import type` dependencies: a type import across a layer is still a layering error.
    tsPreCompilationDeps: true,
    // tsconfig.node.json shares tsconfig.base.json's resolution (moduleResolution "bundler").
    tsConfig: { fileName: "tsconfig.node.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".mjs", ".cjs", ".json"],
    },
    extraExtensionsToScan: [".css", ".svg", ".png", ".woff2"],
    reporterOptions: { text: { highlightFocused: true } },
  },
};
