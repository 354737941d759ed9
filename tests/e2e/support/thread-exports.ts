import type { Page, TestInfo } from "@playwright/test";
import { expect } from "./hearth";

/** The neighbourhood page's exports section. */
export const exportsRegion = (page: Page) => page.getByRole("region", { name: "Progress report and good news" });

/**
 * Decides every finding on the neighbourhood page by keyboard: those whose text matches
 * `redact` are redacted, the rest kept. Waits until the review says all are decided.
 */
export async function decideByKeyboard(page: Page, redact: RegExp): Promise<void> {
  const region = exportsRegion(page);
  const findings = region.getByRole("list", { name: "Findings" }).getByRole("listitem");
  await expect(region.getByRole("status").first()).toBeVisible();
  for (const finding of await findings.all()) {
    const text = (await finding.locator("mark").textContent()) ?? "";
    await finding.getByRole("radio", { name: redact.test(text) ? "Redact" : "Keep" }).focus();
    await page.keyboard.press("Space");
  }
  await expect(region.getByRole("status").first()).toHaveText(/^(All \d+ decided|The one finding is decided|Hearth found no names)/);
}

/** Presses an export button by keyboard, waits for the room to finish, and downloads the file. */
export async function exportByKeyboard(page: Page, testInfo: TestInfo, button: string, link: string): Promise<string> {
  const region = exportsRegion(page);
  await region.getByRole("button", { name: button }).focus();
  await page.keyboard.press("Enter");
  const download = region.getByRole("link", { name: link });
  await expect(download).toBeVisible({ timeout: 90_000 });
  const waiting = page.waitForEvent("download");
  await download.focus();
  await page.keyboard.press("Enter");
  const file = testInfo.outputPath((await waiting).suggestedFilename());
  await (await waiting).saveAs(file);
  return file;
}
