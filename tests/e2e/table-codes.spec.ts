import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createEvent, letDevicesJoin, openCaptureStage, phone, screens } from "./support/devices";
import { expect, test } from "./support/hearth";
import { wallHygiene } from "./support/legibility";

test("a printed sheet gives each table its own large QR code and join code; a phone joined with it marks its notes with the table", async ({ page, context, browser, hearth }, info) => {
  test.setTimeout(120_000);
  const eventId = await createEvent(page, hearth.url, "Elm Road listening event");
  openCaptureStage(hearth.dataDir, eventId);
  const invite = await letDevicesJoin(page, hearth.url, eventId);
  await page.getByRole("link", { name: "Print QR codes for the tables" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "QR codes for the tables" })).toBeVisible();
  await page.getByLabel("Number of tables").fill("3");
  await page.getByLabel("Note-takers").check();
  const cards = page.getByRole("list", { name: "Table cards" }).getByRole("listitem");
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(1).getByRole("heading")).toHaveText("Table 2");
  await expect(cards.nth(1).getByRole("img", { name: "QR code for Table 2" })).toBeVisible();
  await expect(cards.nth(1)).toContainText(`No camera? Open ${invite.origin}/join and type`);
  await expect(cards.nth(1).locator(".table-card__code")).toHaveAttribute("data-code", invite.code);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/table-codes.png`, fullPage: true });

  // On paper: one table a page, the QR code large, none of the page's controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Number of tables")).toBeHidden();
  await expect(page.locator(".topbar")).toBeHidden();
  expect(await cards.first().getByRole("img").evaluate((img) => img.getBoundingClientRect().width)).toBeGreaterThan(400);
  const pdf = info.outputPath("table-codes.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4" }));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const pages = text.split("\f").filter((p) => p.trim());
  expect(pages.map((p) => /Table \d/.exec(p)?.[0])).toEqual(["Table 1", "Table 2", "Table 3"]);
  expect(pages.every((p) => p.includes("No camera? Open"))).toBe(true);
  await page.emulateMedia({ media: "screen" });

  // A note-taker's phone joins with Table 2's code: it says so, and its notes carry the table.
  const takerLink = `${invite.notetaker}?table=${encodeURIComponent("Table 2")}`;
  const p = await phone(browser, "en-GB");
  await p.page.goto(takerLink);
  await expect(p.page.getByText("You are a Note-taker")).toBeVisible();
  await expect(p.page.locator(".device-who")).toContainText("Table 2");
  await p.page.getByLabel("Your note", { exact: true }).fill("The bus stop at the top of Elm Road has no shelter");
  await p.page.getByRole("button", { name: "Add note" }).click();

  const boardPage = await context.newPage();
  await boardPage.goto(`${hearth.url}/#/events/${eventId}`);
  await expect(boardPage.locator(".sticky", { hasText: "no shelter" }).locator(".sticky__meta")).toContainText("Table Table 2");
  await boardPage.getByLabel("Filter by table").selectOption("Table 2");
  await expect(boardPage.locator(".sticky__text")).toHaveText(["The bus stop at the top of Elm Road has no shelter"]);
  await p.context.close();
});

test("the projector page has a full-screen button that shows only while someone moves the mouse or presses a key", async ({ page, hearth }) => {
  const eventId = await createEvent(page, hearth.url, "Elm Road listening event");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${hearth.url}/#/events/${eventId}/projector`);
  await expect(page.locator("main.projector")).toBeVisible();
  const button = page.getByRole("button", { name: "Full screen" });
  await expect(button).toHaveCount(0);
  // The keyboard finds it too.
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(button).toHaveCount(0);
  // Out of full screen and left alone, the wall shows no control again.
  await page.evaluate(() => document.exitFullscreen());
  await expect.poll(async () => (await wallHygiene(page)).controls, { timeout: 15_000 }).toBe(0);
});
