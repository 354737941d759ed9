import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import WebSocket from "ws";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

test("Data and backups: back up now, restore with a clear confirmation, and the current data is kept", async ({ page, hearth }) => {
  await page.goto(hearth.url);
  await page.getByLabel("Title").fill("Elm Road listening event");
  await page.getByRole("button", { name: "Create event" }).click();
  await page.getByLabel("New note").fill("In the backup");
  await page.getByLabel("New note").press("Enter");
  await expect(page.locator(".sticky:not(.sticky--pending)")).toHaveText(["In the backup"]);

  await page.getByRole("link", { name: "Events", exact: true }).click();
  await page.getByRole("link", { name: "Data and backups" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data and backups" })).toBeVisible();
  await expect(page.getByText("No backups yet.")).toBeVisible();
  await page.getByRole("button", { name: "Back up now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Backed up and checked" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Backups" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Backed up by hand");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/data-backups.png`, fullPage: true });

  // A note added after the backup, in a second tab that stays open through the restore.
  const second = await page.context().newPage();
  await second.goto(hearth.url);
  await second.getByRole("link", { name: "Elm Road listening event" }).click();
  await second.getByLabel("New note").fill("Added after the backup");
  await second.getByLabel("New note").press("Enter");
  await expect(second.locator(".sticky:not(.sticky--pending)")).toHaveText(["In the backup", "Added after the backup"]);

  await rows.nth(1).getByRole("button", { name: /Restore the backup from/ }).click();
  const dialog = page.getByRole("dialog", { name: "Restore this backup?" });
  await expect(dialog).toContainText("replaces all of Hearth's current data");
  await expect(dialog).toContainText("the current data is backed up first");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/data-restore-confirm.png` });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await rows.nth(1).getByRole("button", { name: /Restore the backup from/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Restore this backup" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored the backup from" })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("table", { name: "Backups" })).toContainText("Before a restore");

  // The open tab reloads by itself and shows the restored data.
  await expect(second.locator(".sticky:not(.sticky--pending)")).toHaveText(["In the backup"]);
  await second.getByLabel("New note").fill("After the restore");
  await second.getByLabel("New note").press("Enter");
  await expect(second.locator(".sticky:not(.sticky--pending)")).toHaveText(["In the backup", "After the restore"]);
});

test("a damaged data file at start is moved aside, the person is told, and the newest good backup is offered (F3)", async ({ page, hearth }) => {
  await page.goto(hearth.url);
  await page.getByLabel("Title").fill("Brook House listening event");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Brook House listening event" })).toBeVisible();
  await page.goto(`${hearth.url}/#/data`);
  await page.getByRole("button", { name: "Back up now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Backed up and checked" })).toBeVisible();

  await hearth.stop();
  writeFileSync(join(hearth.dataDir, "hearth.db"), "this is not a database any more\n".repeat(100));
  await hearth.start();
  await page.goto(hearth.url);
  const banner = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(banner).toContainText("moved aside and kept");
  await expect(page.getByText("No events yet")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/data-quarantined.png`, fullPage: true });
  await banner.getByRole("link", { name: "Restore it from Data and backups" }).click();
  await page.getByRole("button", { name: /^Restore the backup from/ }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Restore this backup" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored the backup from" })).toBeVisible();
  await expect(page.getByText("Damaged files kept aside")).toBeVisible();
  await page.getByRole("link", { name: "Events", exact: true }).click();
  await expect(page.getByRole("link", { name: "Brook House listening event" })).toBeVisible();
});

test("a full disk shows a plain banner at once, keeps the note in its box, and saving resumes when space returns (F2)", async ({ page, hearth }) => {
  await hearth.stop();
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=700k", "tmpfs", hearth.dataDir]);
  try {
    await hearth.start();
    await page.goto(hearth.url);
    await page.getByLabel("Title").fill("Disk full evening");
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Disk full evening" })).toBeVisible();
    const eventId = new URL(page.url()).hash.split("/").pop()!;
    await fillDisk(hearth.url, eventId);

    const box = page.getByLabel("New note");
    await box.fill("Typed when the disk was full");
    await box.press("Enter");
    const banner = page.getByRole("alert").filter({ hasText: "Hearth cannot save right now." });
    await expect(banner).toContainText("disk", { timeout: 1000 });
    await expect(box).toHaveValue("Typed when the disk was full");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${screens}/disk-full.png`, fullPage: true });

    execFileSync("mount", ["-o", "remount,size=32m", hearth.dataDir]);
    await box.press("Enter");
    await expect(banner).toBeHidden();
    await expect(page.locator(".sticky:not(.sticky--pending)").last()).toHaveText("Typed when the disk was full");
  } finally {
    await hearth.stop();
    execFileSync("umount", [hearth.dataDir]);
  }
});

/** Adds long notes over a WebSocket until the room says the disk is full. */
async function fillDisk(url: string, eventId: string): Promise<void> {
  const ws = new WebSocket(`${url.replace("http", "ws")}/ws`);
  await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
  try {
    // Long notes until one is refused, then shorter ones: the last pages must be full too, or
    // the short note typed next could still fit.
    let size = 480;
    for (let i = 1; i < 10_000; i++) {
      const answer = new Promise<{ result: { ok: boolean; error?: { message: string } } }>((resolve) => ws.once("message", (d) => resolve(JSON.parse(d.toString()))));
      const id = `note_fill_${String(i).padStart(5, "0")}`;
      ws.send(JSON.stringify({ type: "call", id: i, method: "notes.add", commandId: `cmd_${id}`, input: { id, eventId, text: `${id} ${"x".repeat(size)}` } }));
      const { result } = await answer;
      if (!result.ok) {
        expect(result.error?.message).toMatch(/disk is full|could not write/);
        if (size <= 1) return;
        size = Math.floor(size / 4);
      }
    }
    throw new Error("the disk never filled");
  } finally {
    ws.close();
  }
}
