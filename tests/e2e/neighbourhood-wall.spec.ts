import { newId } from "../../src/api";
import { SCREENS } from "../support/pdf";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";
import { textBelow, wallHygiene } from "./support/legibility";
import { RoomClient } from "./support/room-client";
import { listeningToFinalRound, PARTNERSHIP } from "./support/thread-setup";

test("a partnership meeting's review stage shows the priorities on the wall, and a status changed on the laptop shows there at once", async ({ page, context, hearth }) => {
  test.setTimeout(180_000);
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await listeningToFinalRound(room);
  const candidates = await room.call("priorities.candidates", { eventId });
  const adopted = await room.call("priorities.adopt", { eventId, priorities: candidates.items.slice(0, 3).map((i) => ({ id: newId(), itemId: i.itemId, quoteNoteIds: [] })) });
  const action = await room.call("actions.add", { id: newId(), eventId, text: "Ask the council to light the underpass", owner: "Residents' association" });
  await room.call("priorities.linkAction", { actionId: action.id, priorityId: adopted[0]!.id });

  // A month later, the partnership meeting reaches "Review commitments".
  const meetingId = newId();
  await room.call("events.create", { id: meetingId, kind: "partnership", title: "July partnership meeting", partnership: PARTNERSHIP, date: "2026-07-20" });
  const review = (await room.call("events.snapshot", { eventId: meetingId })).stage.find((s) => s.kind === "discuss")!;
  await room.call("run.goTo", { eventId: meetingId, stageId: review.id });

  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${hearth.url}/#/events/${meetingId}/projector`);
  const items = wall.getByRole("list", { name: "Priorities" }).locator(":scope > li");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("Safe streets");
  await expect(items.nth(0)).toContainText("Not started");
  await expect(items.nth(0)).toContainText("Ask the council to light the underpass: Not started");
  await expect(items.nth(2)).toContainText("مساحات للشباب");
  expect(await items.nth(2).locator(".review-wall__title").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl"); // an Arabic priority reads right to left
  await expect.poll(async () => (await wallHygiene(wall)).scrolls).toBe(false);
  const { checked, problems } = await textBelow(wall, 28, 7);
  expect(checked).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await expectNoSeriousA11yViolations(wall);
  await wall.screenshot({ path: `${SCREENS}/review-wall-before.png` });

  // On the laptop: GP access is partly met, and the underpass letter has gone.
  const hood = (await room.call("neighbourhoods.ofEvent", { eventId })).neighbourhood!;
  await page.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  const gp = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: /GP access/ }) });
  await gp.getByRole("combobox", { name: "Status", exact: true }).selectOption("partly-met");
  await gp.getByLabel("Lead (a role or organisation)").press("Enter");
  await expect(gp.getByRole("heading", { level: 3 })).toContainText("Partly met");
  await expect(items.nth(1)).toContainText("Partly met", { timeout: 5_000 });

  const safe = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: /Safe streets/ }) });
  await safe.getByLabel("Progress line").fill("Letter sent to the council");
  await safe.getByRole("combobox", { name: "Action status" }).selectOption("in-progress");
  await safe.getByLabel("Progress line").press("Enter");
  await expect(items.nth(0)).toContainText("Ask the council to light the underpass: In progress · Letter sent to the council", { timeout: 5_000 });
  await wall.screenshot({ path: `${SCREENS}/review-wall-after.png` });
  room.close();
});

test("the next cycle's What? shows the experiments due for review, with what was observed, to the facilitator and on the wall", async ({ page, context, hearth }) => {
  test.setTimeout(180_000);
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await listeningToFinalRound(room);
  const hood = (await room.call("neighbourhoods.ofEvent", { eventId })).neighbourhood!;
  const lights = await room.call("experiments.add", { id: newId(), neighbourhoodId: hood.id, eventId, title: "Lights on till 11 in the park", expect: "More people walk home through the park", watch: "A count at the gate", reviewOn: "2026-09-01" });
  await room.call("experiments.observe", { id: lights.id, observed: "Twice as many people after dark" });
  const workshopId = newId();
  await room.call("events.create", { id: workshopId, kind: "adaptive-action", title: "Autumn Adaptive Action", neighbourhood: hood.name, date: "2026-10-01" });
  const what = (await room.call("events.snapshot", { eventId: workshopId })).stage.find((s) => s.kind === "capture")!;
  await room.call("run.goTo", { eventId: workshopId, stageId: what.id });

  await page.goto(`${hearth.url}/#/events/${workshopId}`);
  const due = page.getByRole("list", { name: "Experiments due for review" });
  await expect(due).toContainText("Lights on till 11 in the park");
  await expect(due.getByRole("textbox", { name: "What we observed" })).toHaveValue("Twice as many people after dark");
  await expectNoSeriousA11yViolations(page);

  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${hearth.url}/#/events/${workshopId}/projector`);
  const onWall = wall.getByRole("list", { name: "Experiments due for review" });
  await expect(onWall).toContainText("Lights on till 11 in the park");
  await expect(onWall).toContainText("We observed: Twice as many people after dark");
  const { problems } = await textBelow(wall, 28, 7);
  expect(problems).toEqual([]);
  await wall.screenshot({ path: `${SCREENS}/what-experiments-wall.png` });

  // Observed more on the laptop: the wall follows.
  await due.getByRole("textbox", { name: "What we observed" }).fill("Three times as many by October");
  await due.getByRole("textbox", { name: "What we observed" }).press("Enter");
  await expect(onWall).toContainText("We observed: Three times as many by October", { timeout: 5_000 });
  room.close();
});
