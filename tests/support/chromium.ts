import { isExecutable } from "../../src/server/report/pdf/find-chromium";

/** A Chromium that Playwright can launch, and where it came from (shown in test output). */
export type ResolvedChromium = { executablePath: string; args: string[]; source: string };

/** Flags every run gets: no sandbox (CI runs as root), no GPU, and no calls home. */
const BASE_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's chromium first; the others are what a developer's Linux machine may have. */
const SYSTEM_BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * @sparticuz/chromium's flags are for AWS Lambda. These would make the tests lie about the
 * app (same-origin and mixed-content checks off), fight Playwright's own headless flag, or
 * (`--single-process`) crash the browser when a test opens its second context.
 */
const DROPPED_SPARTICUZ_ARGS = [
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--headless/,
  /^--single-process$/,
];


/** Flags in order, the first of each name kept (`--a=1 --a=2` keeps `--a=1`). */
export function withBaseArgs(extra: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...BASE_ARGS, ...extra].filter((arg) => {
    const name = arg.split("=", 1)[0] ?? arg;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/**
 * Finds a Chromium without downloading anything: HEARTH_CHROMIUM or CHROMIUM_PATH, then a
 * system browser (skipped when HEARTH_CHROMIUM_SKIP_SYSTEM=1, to exercise the fallback), then
 * the one packed inside the npm package @sparticuz/chromium (Linux x64, unpacked to the temp dir).
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium> {
  for (const name of ["HEARTH_CHROMIUM", "CHROMIUM_PATH"] as const) {
    const path = env[name];
    if (!path) continue;
    if (!isExecutable(path)) throw new Error(`${name}=${path} is not an executable file.`);
    return { executablePath: path, args: withBaseArgs([]), source: `${name} (${path})` };
  }
  if (env.HEARTH_CHROMIUM_SKIP_SYSTEM !== "1") {
    const found = SYSTEM_BROWSERS.find(isExecutable);
    if (found) return { executablePath: found, args: withBaseArgs([]), source: `system (${found})` };
  }
  try {
    const { default: chromium } = await import("@sparticuz/chromium");
    const executablePath = await chromium.executablePath();
    const args = chromium.args.filter((arg) => !DROPPED_SPARTICUZ_ARGS.some((re) => re.test(arg)));
    return { executablePath, args: withBaseArgs(args), source: `@sparticuz/chromium (${executablePath})` };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `No Chromium found. Set HEARTH_CHROMIUM to a Chromium or Chrome executable, install one ` +
        `(Debian: apt-get install chromium), or run on Linux x64 where @sparticuz/chromium works. (${why})`,
    );
  }
}
