import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createEvent, letDevicesJoin, openCaptureStage, phone, screens, shootPhone } from "./support/devices";

test("a note-taker and two participants join by QR link and by an approved code; the facilitator sees their notes live and can cut one off", async ({
  page,
  context,
  browser,
  hearth,
}) => {
  test.setTimeout(120_000); // four browser contexts on a small machine
  const eventId = await createEvent(page, hearth.url, "Elm Road listening event");
  openCaptureStage(hearth.dataDir, eventId);
  const board = await context.newPage();
  await board.goto(`${hearth.url}/#/events/${eventId}`);
  const boardNotes = board.getByRole("list", { name: "Notes" }).getByRole("listitem");

  const invite = await letDevicesJoin(page, hearth.url, eventId);
  expect(invite.origin).not.toContain("127.0.0.1"); // the hall's address, not this computer's loopback
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/join-panel.png`, fullPage: true });

  // A note-taker scans the QR code: in at once; the token leaves the address bar.
  const a = await phone(browser, "en-GB");
  await a.page.goto(invite.notetaker);
  await expect(a.page.getByText("You are a Note-taker")).toBeVisible();
  await expect(a.page).toHaveURL(/#\/device$/);
  await expect(a.page.getByText("What would make Elm Road a healthier place to live?")).toBeVisible();
  await a.page.getByLabel("Your note", { exact: true }).fill("No shelter at the Elm Road bus stop");
  await a.page.getByRole("button", { name: "Add note" }).click();
  await expect(boardNotes).toHaveText(["No shelter at the Elm Road bus stop"]);
  await expect(a.page.getByRole("list", { name: "Your notes" }).getByRole("listitem")).toHaveText([/No shelter.*On the board/]);
  await expectNoSeriousA11yViolations(a.page);
  await shootPhone(a.page, "phone-en");

  // A participant whose phone speaks Polish scans the participants' code.
  const b = await phone(browser, "pl-PL");
  await b.page.goto(invite.participant);
  await expect(b.page.getByText("Twoja rola: Uczestnik")).toBeVisible();
  await expect(b.page.locator("html")).toHaveAttribute("lang", "pl");
  await b.page.getByLabel("Twoja notatka", { exact: true }).fill("Więcej ławek w parku, proszę");
  await b.page.getByRole("button", { name: "Dodaj notatkę" }).click();
  await expect(boardNotes).toHaveText(["No shelter at the Elm Road bus stop", "Więcej ławek w parku, proszę"]);
  await expectNoSeriousA11yViolations(b.page);
  await shootPhone(b.page, "phone-pl");

  // A participant whose phone speaks Arabic types the short code, and waits until let in.
  const c = await phone(browser, "ar");
  await c.page.goto(`${invite.origin}/join`);
  await expect(c.page.locator("html")).toHaveAttribute("dir", "rtl");
  await c.page.getByLabel("الرمز").fill(invite.code.toLowerCase());
  await c.page.getByLabel("اسمك أو طاولتك (اختياري)").fill("أمينة");
  await c.page.getByRole("button", { name: "انضم" }).click();
  await expect(c.page.getByRole("heading", { name: "في انتظار السماح لك بالدخول" })).toBeVisible();
  await expectNoSeriousA11yViolations(c.page);
  await shootPhone(c.page, "phone-ar-waiting");
  await page.getByRole("button", { name: "Let أمينة in as a participant" }).click();
  await expect(c.page.getByText("أنت مشارك")).toBeVisible();
  await c.page.getByLabel("ملاحظتك", { exact: true }).fill("لا توجد إضاءة في الحديقة ليلاً");
  await c.page.getByRole("button", { name: "أضف الملاحظة" }).click();
  await expect(boardNotes).toHaveCount(3);
  await expect(boardNotes.nth(2)).toHaveText("لا توجد إضاءة في الحديقة ليلاً");
  expect(await c.page.locator(".device-main").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await expectNoSeriousA11yViolations(c.page);
  await shootPhone(c.page, "phone-ar");

  // The facilitator sees all three, renames one (the phone hears at once).
  const devices = page.getByRole("table").getByRole("row");
  await expect(devices).toHaveCount(4);
  await expect(page.getByRole("table")).toContainText("Note-taker 1");
  await page.getByRole("button", { name: "Rename Participant 1" }).click();
  await page.getByLabel("New name for Participant 1").fill("Stolik 2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(b.page.getByText("Widoczne jako \u2068Stolik 2\u2069")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/join-panel-devices.png`, fullPage: true });

  // A participant cannot run the event, whatever it sends: the room decides by its token.
  const refused = await b.page.evaluate(async () => {
    const key = (JSON.parse(localStorage.getItem("hearth.device") ?? "{}") as { key?: string }).key;
    const ws = new WebSocket(`ws://${location.host}/ws`);
    const answers: Record<number, { ok: boolean; error?: { code: string } }> = {};
    await new Promise((resolve) => (ws.onopen = resolve));
    ws.onmessage = (e) => {
      const f = JSON.parse(String(e.data)) as { type: string; id: number; result: { ok: boolean; error?: { code: string } } };
      if (f.type === "result") answers[f.id] = f.result;
    };
    ws.send(JSON.stringify({ type: "hello", id: 1, key }));
    ws.send(JSON.stringify({ type: "call", id: 2, method: "events.create", commandId: "cmd_forbidden_1", input: { id: "evt_forged_01", title: "Mine now", date: "2026-11-14" } }));
    ws.send(JSON.stringify({ type: "call", id: 3, method: "join.rotate", commandId: "cmd_forbidden_2", input: { eventId: location.hash } }));
    await new Promise<void>((resolve) => {
      const check = () => (answers[2] && answers[3] ? resolve() : setTimeout(check, 20));
      check();
    });
    ws.close();
    return [answers[1]?.ok, answers[2]?.error?.code, answers[3]?.error?.code];
  });
  expect(refused).toEqual([true, "forbidden", "forbidden"]);

  // Removing the note-taker cuts it off at once, and its key no longer works after a reload.
  await page.getByRole("button", { name: "Remove Note-taker 1" }).click();
  await page.getByRole("button", { name: "Yes, remove Note-taker 1" }).click();
  await expect(a.page.getByRole("heading", { name: "This device is no longer in the event" })).toBeVisible();
  await expect(a.page.getByLabel("Your note", { exact: true })).toHaveCount(0);
  await a.page.reload();
  await expect(a.page.getByRole("heading", { name: "This device is no longer in the event" })).toBeVisible();
  await expect(devices).toHaveCount(3);
  await expect(boardNotes).toHaveCount(3);
  for (const p of [a, b, c]) await p.context.close();
});
