/** Set at build time from package.json (see electron.vite.config.ts); "dev" when run from source. */
declare const __HEARTH_VERSION__: string | undefined;
export const VERSION: string = typeof __HEARTH_VERSION__ === "string" ? __HEARTH_VERSION__ : "dev";
