import { newId } from "../../src/api";
import { SCREENS } from "../support/pdf";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS } from "../support/timeouts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";
import { RoomClient } from "./support/room-client";
import { HOOD, listeningToFinalRound, PARTNERSHIP } from "./support/thread-setup";

test.use({ actionTimeout: BROWSER_WAIT_MS });

test("an open neighbourhood page and partnership page follow changes made in another tab, without a reload", async ({ page, context, hearth }) => {
  test.setTimeout(BROWSER_TEST_MS);
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await listeningToFinalRound(room);
  const candidates = await room.call("priorities.candidates", { eventId });
  await room.call("priorities.adopt", { eventId, priorities: candidates.items.slice(0, 3).map((i) => ({ id: newId(), itemId: i.itemId, quoteNoteIds: [] })) });
  const hood = (await room.call("neighbourhoods.ofEvent", { eventId })).neighbourhood!;
  const partnership = (await room.call("neighbourhoods.thread", { id: hood.id })).partnership!;
  room.close();

  await page.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
  const partnershipPage = await context.newPage();
  await partnershipPage.goto(`${hearth.url}/#/partnerships/${partnership.id}`);
  await expect(partnershipPage.getByRole("heading", { level: 1, name: PARTNERSHIP })).toBeVisible();
  const row = partnershipPage.getByRole("table").getByRole("row").filter({ hasText: HOOD });
  await expect(row).toHaveText(/Elm Road estate\s*1\s*3\s*3/);
  // Marks both pages: a reload would lose the mark.
  for (const p of [page, partnershipPage]) await p.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

  // Another tab: GP access is met, and a win is logged, by keyboard.
  const other = await context.newPage();
  await other.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  const gpThere = other.getByRole("article").filter({ has: other.getByRole("heading", { level: 3, name: /GP access/ }) });
  await gpThere.getByRole("combobox", { name: "Status", exact: true }).selectOption("met");
  await gpThere.getByLabel("Lead (a role or organisation)").fill("Practice manager");
  await gpThere.getByLabel("Lead (a role or organisation)").press("Enter");
  await expect(gpThere.getByRole("heading", { level: 3 })).toContainText("Met");
  const winsThere = other.getByRole("region", { name: "Wins" });
  await winsThere.getByLabel("Win", { exact: true }).fill("Same-day appointments every morning");
  await winsThere.getByLabel("Win", { exact: true }).press("Enter");
  await expect(winsThere.getByRole("list", { name: "Wins" })).toContainText("Same-day appointments every morning");

  // The first tab follows, without a reload.
  const gpHere = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: /GP access/ }) });
  await expect(gpHere.getByRole("heading", { level: 3 })).toContainText("Met");
  await expect(gpHere).toContainText("lead: Practice manager");
  await expect(page.getByRole("region", { name: "Wins" }).getByRole("list", { name: "Wins" })).toContainText("Same-day appointments every morning");
  await expect(row).toHaveText(/Elm Road estate\s*1\s*3\s*2/);
  for (const p of [page, partnershipPage]) expect(await p.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/neighbourhood-live.png` });
});
