import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const screens = "test-results/screens";

test("a facilitator creates an event, adds notes that a second tab sees live, and both survive a restart", async ({ page, context, hearth }) => {
  await page.goto(hearth.url);
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByText("No events yet")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/events-empty.png`, fullPage: true });

  // Create an event.
  await page.getByLabel("Title").fill("Elm Road listening event");
  await page.getByLabel("Neighbourhood").fill("Elm Road estate");
  await page.getByLabel("Date").fill("2026-11-14");
  await page.getByLabel("Venue").fill("St Barnabas community hall");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Elm Road listening event" })).toBeVisible();
  await expect(page.getByText("Sat 14 Nov 2026 · Elm Road estate · St Barnabas community hall")).toBeVisible();

  // Keyboard-first capture: focus is in the box; Enter adds; the box clears and keeps focus.
  const box = page.getByLabel("New note");
  await expect(box).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toHaveText("Type a note first.");
  await page.keyboard.type("No shelter at the Elm Road bus stop");
  await page.keyboard.press("Enter");
  const notes = page.getByRole("list", { name: "Notes" }).getByRole("listitem");
  await expect(notes).toHaveText(["No shelter at the Elm Road bus stop"]);
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();

  // A second tab on the same event sees new notes live.
  const second = await context.newPage();
  await second.goto(page.url());
  const secondNotes = second.getByRole("list", { name: "Notes" }).getByRole("listitem");
  await expect(secondNotes).toHaveText(["No shelter at the Elm Road bus stop"]);
  await box.fill("لا توجد إضاءة في الحديقة ليلاً");
  await box.press("Enter");
  await expect(secondNotes).toHaveText(["No shelter at the Elm Road bus stop", "لا توجد إضاءة في الحديقة ليلاً"]);
  const arabic = second.locator(".sticky__text", { hasText: "لا توجد" });
  expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  // Markup is shown as text, never run.
  await box.fill('<img src=x onerror="document.title=\'pwned\'">');
  await box.press("Enter");
  await expect(secondNotes.nth(2)).toHaveText('<img src=x onerror="document.title=\'pwned\'">');
  expect(await second.title()).not.toBe("pwned");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/event-notes.png`, fullPage: true });

  // The room restarts: both tabs reconnect, nothing is lost, and live updates resume.
  await hearth.restart();
  await expect(page.getByRole("status", { name: "Connection" })).toHaveText("Online", { timeout: 15_000 });
  await expect(second.getByRole("status", { name: "Connection" })).toHaveText("Online", { timeout: 15_000 });
  await second.getByLabel("New note").fill("Added after the restart");
  await second.getByLabel("New note").press("Enter");
  await expect(notes).toHaveCount(4);
  await expect(notes.nth(3)).toHaveText("Added after the restart");
  await page.reload();
  await expect(notes).toHaveText([
    "No shelter at the Elm Road bus stop",
    "لا توجد إضاءة في الحديقة ليلاً",
    '<img src=x onerror="document.title=\'pwned\'">',
    "Added after the restart",
  ]);

  // And the event is in the list.
  await page.getByRole("link", { name: "Events", exact: true }).click();
  await expect(page.getByRole("link", { name: "Elm Road listening event" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/events-list.png`, fullPage: true });
});

test("a note typed while the room is down waits, shows as unsent, and arrives once", async ({ page, hearth }) => {
  await page.goto(hearth.url);
  await page.getByLabel("Title").fill("Partnership meeting");
  await page.getByRole("button", { name: "Create event" }).click();
  const box = page.getByLabel("New note");
  await expect(box).toBeFocused();
  await hearth.stop();
  await expect(page.getByRole("status", { name: "Connection" })).toContainText("Offline");
  await box.fill("Typed while offline");
  await box.press("Enter");
  await expect(page.getByRole("status", { name: "Connection" })).toHaveText("Offline, 1 unsent");
  await expect(page.locator(".sticky--pending")).toHaveText(/Typed while offline/);
  await hearth.start();
  await expect(page.getByRole("status", { name: "Connection" })).toHaveText("Online", { timeout: 15_000 });
  await expect(page.locator(".sticky:not(.sticky--pending)")).toHaveText(["Typed while offline"]);
  await page.reload();
  await expect(page.getByRole("list", { name: "Notes" }).getByRole("listitem")).toHaveText(["Typed while offline"]);
});
