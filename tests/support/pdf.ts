import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync } from "node:fs";
import { join } from "node:path";

export const SCREENS = "test-results/screens";

/** The PDF's text, as pdftotext reads it, with line breaks and runs of spaces made single spaces (a phrase may wrap). */
export const pdfText = (path: string): string => execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/gu, " ");

/** Renders every page to test-results/screens/NAME-N.png (pdftoppm) for a person to look at; returns the files. */
export function pdfPagesToScreens(path: string, name: string, dpi = 60): string[] {
  mkdirSync(SCREENS, { recursive: true });
  const prefix = join(SCREENS, `${name}-tmp`);
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", path, prefix]);
  return readdirSync(SCREENS)
    .filter((f) => f.startsWith(`${name}-tmp-`))
    .sort()
    .map((f) => {
      const page = Number(/-(\d+)\.png$/.exec(f)![1]);
      const target = join(SCREENS, `${name}-${page}.png`);
      renameSync(join(SCREENS, f), target);
      return target;
    });
}

/** Without Arabic-script marks or bidi controls: pdftotext wraps right-to-left runs in controls and may reorder marks. */
export const letters = (s: string) => s.replace(/[\u064b-\u065f\u0670\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "");
