import { resolve } from "node:path";

/**
 * The data folder asked for on the command line (`--data DIR` or `--data=DIR`) or by
 * HEARTH_DATA; undefined means "use Hearth's own data folder" (`defaultDataDir()` in
 * src/server/paths.ts, the one `hearth serve` uses). An explicit folder is also Electron's
 * userData folder, so the single-instance lock is per data folder.
 */
export function requestedDataDir(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--data=") && arg.length > "--data=".length) return resolve(arg.slice("--data=".length));
    if (arg === "--data" && argv[i + 1]) return resolve(argv[i + 1]!);
  }
  return env.HEARTH_DATA ? resolve(env.HEARTH_DATA) : undefined;
}
