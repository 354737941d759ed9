import { newId } from "../../src/api";
import { SCREENS } from "../support/pdf";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, HearthServer, test } from "./support/hearth";
import { RoomClient } from "./support/room-client";
import { HOOD, listeningToFinalRound, PARTNERSHIP } from "./support/thread-setup";

test("a neighbourhood's priorities last: adopted from a final round, kept on its page with status, lead, timeline, actions, wins and measures", async ({ page, hearth }) => {
  test.setTimeout(180_000);
  const room = await RoomClient.connect(hearth.url);
  const first = await listeningToFinalRound(room);
  await page.setViewportSize({ width: 1280, height: 900 });

  // On the event: "Make these neighbourhood priorities" adopts the top three, each with a quote.
  await page.goto(`${hearth.url}/#/events/${first.eventId}`);
  await page.getByRole("tab", { name: /Actions/ }).click();
  const panel = page.getByRole("region", { name: "Neighbourhood thread" });
  const adopt = panel.getByRole("button", { name: "Make these neighbourhood priorities (3)" });
  await expect(adopt).toBeVisible();
  await panel.getByRole("group", { name: /Safe streets/ }).getByLabel(/لا توجد إضاءة/).check();
  await adopt.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByText(/Already priorities:/)).toContainText("Safe streets");
  // Only the fourth item is left to adopt, and it is not chosen.
  await expect(panel.getByRole("button", { name: "Make these neighbourhood priorities (0)" })).toBeDisabled();
  await expect(panel.getByRole("group")).toHaveCount(1);

  // An action of the event works towards the first priority.
  const actionId = newId();
  await room.call("actions.add", { id: actionId, eventId: first.eventId, text: "Ask the council to light the underpass", owner: "Residents' association" });
  await page.reload();
  await panel.getByLabel("Ask the council to light the underpass: works towards priority").selectOption({ label: "Safe streets" });
  await expect(panel.getByLabel("Ask the council to light the underpass: works towards priority")).toHaveValue(/.+/);

  // A later event links its theme to the priority: the timeline shows both, with notes and dots each time.
  const later = await listeningToFinalRound(room, { date: "2026-11-14", title: "Elm Road autumn event", dots: [3, 7, 2, 1] });
  await page.goto(`${hearth.url}/#/events/${later.eventId}`);
  await page.getByRole("tab", { name: /Actions/ }).click();
  await panel.getByLabel("Safe streets: the same as priority").selectOption({ label: "Safe streets" });
  await expect(panel.getByLabel("Safe streets: the same as priority")).not.toHaveValue("");
  await panel.getByRole("link", { name: `Neighbourhood: ${HOOD}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
  await expect(page.getByRole("region", { name: "Events" }).getByRole("listitem")).toHaveText([/Sat 20 Jun 2026: Elm Road listening event/, /Sat 14 Nov 2026: Elm Road autumn event/]);
  const safe = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: /Safe streets/ }) });
  await expect(page.getByRole("article")).toHaveCount(3 + 0);
  await expect(safe.getByRole("listitem").filter({ hasText: "لا توجد إضاءة في الحديقة ليلاً" })).toBeVisible();
  const timeline = safe.getByRole("table", { name: "Where it came up" }).getByRole("row");
  await expect(timeline).toHaveText([/Event.*Dots/, /Elm Road listening event.*Safe streets\s*2\s*9/, /Elm Road autumn event.*Safe streets\s*2\s*3/]);

  // Status, lead and review date by keyboard.
  await safe.getByRole("combobox", { name: "Status", exact: true }).selectOption("some-progress");
  await safe.getByLabel("Status as of").fill("2026-07-20");
  await safe.getByLabel("Lead (a role or organisation)").fill("Council lighting team");
  await safe.getByLabel("Review date").fill("2027-01-15");
  await safe.getByLabel("Lead (a role or organisation)").press("Enter");
  await expect(safe.getByRole("heading", { level: 3 })).toContainText("Some progress");
  await expect(safe).toContainText("lead: Council lighting team");
  await expect(safe).toContainText("review Fri 15 Jan 2027");

  // The action's progress, a win and a measure with two readings.
  await safe.getByLabel("Progress line").fill("Letter sent to the council");
  await safe.getByLabel("On", { exact: true }).fill("2026-07-10");
  await safe.getByRole("combobox", { name: "Action status" }).selectOption("in-progress");
  await safe.getByLabel("Progress line").press("Enter");
  await expect(safe.getByRole("list", { name: "Progress" })).toContainText("Fri 10 Jul 2026: Letter sent to the council");

  const wins = page.getByRole("region", { name: "Wins" });
  await wins.getByLabel("Win", { exact: true }).fill("New bench at the bus stop");
  await wins.getByLabel("Date").fill("2026-09-01");
  await wins.getByRole("combobox", { name: "For priority" }).selectOption({ label: "Safe streets" });
  await wins.getByLabel("Win", { exact: true }).press("Enter");
  await expect(wins.getByRole("list", { name: "Wins" })).toContainText("Tue 1 Sep 2026: New bench at the bus stop · for Safe streets");

  const measures = page.getByRole("region", { name: "Measures" });
  await measures.getByLabel("Measure", { exact: true }).fill("People in the park after dark");
  await measures.getByLabel("Unit").fill("people");
  await measures.getByLabel("Source", { exact: true }).fill("Residents' count");
  await measures.getByRole("combobox", { name: "For priority" }).selectOption({ label: "Safe streets" });
  await measures.getByLabel("Measure", { exact: true }).press("Enter");
  const reading = measures.getByRole("form", { name: "Add a reading of People in the park after dark" });
  for (const [on, value] of [["2026-06-30", "4"], ["2026-09-30", "11"]] as const) {
    await reading.getByLabel("Date").fill(on);
    await reading.getByLabel("Value").fill(value);
    await reading.getByLabel("Value").press("Enter");
    await expect(reading.getByLabel("Value")).toHaveValue("");
  }
  await expect(measures.getByRole("table", { name: "Readings" }).getByRole("row")).toHaveText([/Date/, /Tue 30 Jun 2026\s*4/, /Wed 30 Sep 2026\s*11/]);
  await expect(measures.getByRole("img", { name: "Chart: People in the park after dark" })).toBeVisible();
  await expect(measures.getByRole("figure")).toContainText("2 readings. Tue 30 Jun 2026: 4 people; Wed 30 Sep 2026: 11 people.");

  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/neighbourhood.png`, fullPage: true });

  // What was saved is the room's: the thread holds every fact.
  const hood = (await room.call("neighbourhoods.ofEvent", { eventId: first.eventId })).neighbourhood!;
  const thread = await room.call("neighbourhoods.thread", { id: hood.id });
  const p = thread.priorities.find((x) => x.priority.title === "Safe streets")!;
  expect([p.status, p.statusOn, p.priority.lead, p.priority.reviewOn]).toEqual(["some-progress", "2026-07-20", "Council lighting team", "2027-01-15"]);
  expect(p.actions.map((a) => [a.action.id, a.progress.map((x) => x.text)])).toEqual([[actionId, ["Letter sent to the council"]]]);
  expect(p.measures[0]!.readings.map((r) => r.value)).toEqual([4, 11]);

  // The partnership's page gathers it, and the events list links to both.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: PARTNERSHIP }).click();
  await expect(page.getByRole("heading", { level: 1, name: PARTNERSHIP })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: HOOD })).toHaveText(/Elm Road estate\s*2\s*3\s*3/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/partnership.png`, fullPage: true });
  await page.goto(`${hearth.url}/#/`);
  await page.getByRole("list", { name: "All events" }).getByRole("link", { name: HOOD }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
  room.close();
});

test("a neighbourhood moves to a fresh copy of Hearth by its archive, and survives a restart there", async ({ page, hearth }) => {
  test.setTimeout(180_000);
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await listeningToFinalRound(room);
  const candidates = await room.call("priorities.candidates", { eventId });
  await room.call("priorities.adopt", { eventId, priorities: candidates.items.slice(0, 3).map((i) => ({ id: newId(), itemId: i.itemId, quoteNoteIds: i.notes.slice(0, 1).map((n) => n.id) })) });
  const hood = (await room.call("neighbourhoods.ofEvent", { eventId })).neighbourhood!;
  room.close();

  await page.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the neighbourhood's archive" }).click()]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^Elm-Road-estate-\d{4}-\d{2}-\d{2}\.hearth-neighbourhood\.json$/);

  const dir = await mkdtemp(join(tmpdir(), "hearth-e2e-copy-"));
  const copy = new HearthServer(dir);
  try {
    await copy.start();
    await page.goto(`${copy.url}/#/neighbourhoods`);
    await page.getByLabel("Import a neighbourhood archive").setInputFiles(file);
    await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("article").first()).toContainText("The underpass is dark after six");
    await copy.restart();
    await page.goto(`${copy.url}/#/neighbourhoods/${hood.id}`);
    await expect(page.getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("region", { name: "Events" }).getByRole("listitem")).toHaveText([/Elm Road listening event/]);
  } finally {
    await copy.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
