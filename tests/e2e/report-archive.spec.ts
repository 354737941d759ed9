import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, HearthServer, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { setUpElmRoad } from "./support/elm-road-setup";
import { SCREENS } from "../support/pdf";
import { RoomClient } from "./support/room-client";

/** Exports an event's archive from its report page, as an organiser does, and saves the download. */
async function exportArchive(page: Page, url: string, eventId: string, path: string): Promise<void> {
  await page.goto(`${url}/#/events/${eventId}/report`);
  await page.getByRole("button", { name: "Export event archive" }).click();
  await expect(page.getByText("Event archive: Done.")).toBeVisible({ timeout: 20_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Event archive" }).click();
  await (await download).saveAs(path);
}

/** Imports an archive through the events page; returns what the preview said. */
async function importArchive(page: Page, url: string, path: string, how: "Import" | "Import as a copy"): Promise<string> {
  await page.goto(url);
  await page.getByLabel("Event archive (.hearth.json) from another copy of Hearth").setInputFiles(path);
  const region = page.getByRole("region", { name: "Import an event" });
  await expect(region.getByRole("button", { name: how, exact: true })).toBeVisible();
  const said = (await region.textContent()) ?? "";
  await region.getByRole("button", { name: how, exact: true }).click();
  await expect(page.getByLabel("New note")).toBeVisible();
  return said;
}

/** What another copy must reproduce: every collection (without room-local sequence numbers), the draft, and the report itself. */
async function comparable(room: RoomClient, eventId: string) {
  const { seq: _s, serverTime: _t, ...snap } = await room.call("events.snapshot", { eventId });
  const strip = (x: object) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== "createdSeq" && k !== "updatedSeq"));
  return {
    snapshot: Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, Array.isArray(v) ? v.map(strip) : strip(v as object)])),
    draft: await room.call("reports.draft", { eventId }),
    html: (await room.call("reports.preview", { eventId })).html,
  };
}

test("an event archive imported into a fresh data folder reproduces the event exactly, and never overwrites", async ({ page, hearth }, testInfo) => {
  test.setTimeout(120_000);
  const room = await RoomClient.connect(hearth.url);
  const { eventId, previousId } = await setUpElmRoad(room);
  await room.call("actions.add", { id: "act_shelter1", eventId, text: "Bus shelter and bench at the Elm Road stop", owner: "Northfield Community Partnership", dueOn: "2027-01-31" });
  await room.call("reports.update", { eventId, edit: { op: "intro", text: "Diolch — شكرا — dziękujemy 😊" } });
  await room.call("reports.update", { eventId, edit: { op: "attendance", value: 63 } });
  const summerFile = testInfo.outputPath("summer.hearth.json");
  const elmFile = testInfo.outputPath("elm.hearth.json");
  await exportArchive(page, hearth.url, previousId, summerFile);
  await exportArchive(page, hearth.url, eventId, elmFile);

  const dataDir = await mkdtemp(join(tmpdir(), "hearth-e2e-fresh-"));
  const fresh = new HearthServer(dataDir);
  try {
    await fresh.start();
    await importArchive(page, fresh.url, summerFile, "Import");
    const preview = await importArchive(page, fresh.url, elmFile, "Import");
    expect(preview).toContain("Elm Road listening event");
    expect(preview).toContain("36 notes, 0 themes, 1 action, 4 questions");
    const other = await RoomClient.connect(fresh.url);
    expect(await comparable(other, eventId)).toEqual(await comparable(room, eventId));
    expect(await comparable(other, previousId)).toEqual(await comparable(room, previousId));

    // The same archive again: the event is already here, so only a copy (or nothing) is offered.
    await page.goto(fresh.url);
    await page.getByLabel("Event archive (.hearth.json) from another copy of Hearth").setInputFiles(elmFile);
    const region = page.getByRole("region", { name: "Import an event" });
    await expect(region.getByText("This event is already here.")).toBeVisible();
    await expect(region.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENS}/archive-import-exists.png`, fullPage: true });
    await region.getByRole("button", { name: "Import as a copy" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Elm Road listening event (copy)" })).toBeVisible();
    const events = await other.call("events.list", {});
    expect(events.map((e) => e.title).sort()).toEqual(["Elm Road listening event", "Elm Road listening event (copy)", "Elm Road summer listening event"]);
    other.close();
  } finally {
    await fresh.stop();
    await rm(dataDir, { recursive: true, force: true });
    room.close();
  }
});
