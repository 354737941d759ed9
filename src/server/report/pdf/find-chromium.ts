import { accessSync, constants } from "node:fs";
import { join } from "node:path";

/** Where a Chromium-family browser usually lives, per platform (Chromium, Chrome, Edge). */
export function browserCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      join(root, "Google", "Chrome", "Application", "chrome.exe"),
      join(root, "Chromium", "Application", "chrome.exe"),
    ]);
  }
  if (platform === "darwin")
    return [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge", "/snap/bin/chromium"];
}

export const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export class NoChromiumError extends Error {
  constructor(detail: string) {
    super(`No Chromium, Chrome or Edge was found to print the PDF (${detail}). Install one, or set HEARTH_CHROMIUM to its path. CSV, Markdown and archive exports still work.`);
    this.name = "NoChromiumError";
  }
}

/** HEARTH_CHROMIUM first (it must be an executable), then the system's Chromium, Chrome or Edge. Nothing is ever downloaded. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const chosen = env.HEARTH_CHROMIUM;
  if (chosen) {
    if (!isExecutable(chosen)) throw new NoChromiumError(`HEARTH_CHROMIUM=${chosen} is not an executable file`);
    return chosen;
  }
  const found = browserCandidates(env, platform).find(isExecutable);
  if (!found) throw new NoChromiumError("looked in the usual places");
  return found;
}
