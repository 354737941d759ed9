import { homedir } from "node:os";
import { join } from "node:path";

/** The user's data folder for Hearth, as each platform expects; HEARTH_DATA overrides it. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.HEARTH_DATA) return env.HEARTH_DATA;
  const home = homedir();
  if (platform === "win32") return join(env.APPDATA ?? join(home, "AppData", "Roaming"), "Hearth");
  if (platform === "darwin") return join(home, "Library", "Application Support", "Hearth");
  return join(env.XDG_DATA_HOME ?? join(home, ".local", "share"), "hearth");
}
