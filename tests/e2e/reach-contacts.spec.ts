import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { newId } from "../../src/api";
import { addDays, defaultMonitoringSet, EventId, localToday, type ExportFormat } from "../../src/core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { listeningEvent, participant } from "./support/phone-voting";
import { RoomClient } from "./support/room-client";
import { pdfPagesToScreens, pdfText, SCREENS } from "../support/pdf";

const PHONE = "07700 900461";
const EMAIL = "ada.reach-marker@example.org";
const STREET = "9 Quillfeather Court";
const NAME = "Dorothea Quillon";
/** Pieces of the three contacts a byte scan looks for (plain and UTF-16). */
const DETAILS = ["900461", "reach-marker", "Quillfeather", NAME];

const holding = (bytes: Buffer): string[] => DETAILS.filter((d) => bytes.includes(Buffer.from(d, "utf8")) || bytes.includes(Buffer.from(d, "utf16le")));

/** The database file and its WAL, every exported file and every backup: which hold a contact detail. */
function scan(dataDir: string): Record<string, string[]> {
  const files = ["hearth.db", "hearth.db-wal"].map((f) => join(dataDir, f));
  for (const folder of ["exports", "backups"].map((f) => join(dataDir, f)))
    if (existsSync(folder)) files.push(...readdirSync(folder, { recursive: true, encoding: "utf8" }).map((f) => join(folder, f)));
  const found: Record<string, string[]> = {};
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) continue;
    const hits = holding(readFileSync(f));
    if (hits.length) found[f] = hits;
  }
  return found;
}

/** Exports the event in a format through the room, as the report page does, and returns the file's path. */
async function exportFile(room: RoomClient, eventId: string, format: ExportFormat): Promise<string> {
  const exportId = newId();
  await room.call("reports.export", { eventId, exportId, format });
  await expect.poll(async () => (await room.call("reports.exportStatus", { exportId })).status, { timeout: 60_000 }).toBe("done");
  return (await room.call("reports.exportStatus", { exportId })).path;
}

async function sendingPanel(page: Page, url: string, eventId: string) {
  await page.goto(`${url}/#/events/${eventId}/report`);
  await page.reload(); // a new page load, not a jump within the one already open
  const panel = page.getByRole("region", { name: /Who asked for the report/ });
  await expect(panel).toBeVisible();
  return panel;
}

test("three residents leave contacts (one at the door, two on phones); the sending page lists them; after the deletion date they are gone, and no byte is left", async ({
  page,
  browser,
  hearth,
}, testInfo) => {
  test.setTimeout(300_000);
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road listening event");

  // A resident's phone: a note first; the offer to hear back comes after, and is not required.
  const ada = await participant(browser, invite.participant, "en-GB", "You are a Participant");
  await ada.page.getByLabel("Your note", { exact: true }).fill("The lift is broken again");
  await ada.page.getByLabel("Your note", { exact: true }).press("Enter");
  const offer = ada.page.getByRole("region", { name: "Get the report" });
  await offer.getByRole("button", { name: "Tell us how to send it" }).click();
  await offer.getByRole("radio", { name: "Text me" }).check();
  await offer.getByLabel("Mobile number").fill("call me maybe");
  await offer.getByRole("button", { name: "Send me the report" }).click();
  await expect(offer.getByRole("alert")).toHaveText("That is not a phone number: use 7 to 15 digits, like 07700 900123.");
  await offer.getByLabel("Mobile number").fill(PHONE);
  await expectNoSeriousA11yViolations(ada.page);
  await offer.scrollIntoViewIfNeeded();
  await ada.page.screenshot({ path: `${SCREENS}/hear-back-phone-form.png` });
  await offer.getByRole("button", { name: "Send me the report" }).click();
  await expect(offer.getByRole("status")).toHaveText("Thank you. We will send you the report, then delete your details.");
  await expect(offer.getByText(PHONE)).toHaveCount(0); // what was typed is not kept on the screen
  await shootPhone(ada.page, "hear-back-phone-thanks");

  // A resident whose phone speaks Arabic: the form right to left, in Arabic.
  const samira = await participant(browser, invite.participant, "ar", "أنت مشارك");
  await expect(samira.page.locator("html")).toHaveAttribute("dir", "rtl");
  const arOffer = samira.page.getByRole("region", { name: "احصل على التقرير" });
  await arOffer.getByRole("button", { name: "أخبرنا كيف نرسله" }).click();
  await arOffer.getByRole("radio", { name: "أرسلوا لي بريدًا إلكترونيًا" }).check();
  await arOffer.getByLabel("البريد الإلكتروني").fill("samira@");
  await arOffer.getByRole("button", { name: "أرسلوا لي التقرير" }).click();
  await expect(arOffer.getByRole("alert")).toContainText("هذا ليس بريدًا إلكترونيًا");
  await arOffer.getByLabel("البريد الإلكتروني").fill(EMAIL);
  await expectNoSeriousA11yViolations(samira.page);
  await arOffer.scrollIntoViewIfNeeded();
  await samira.page.screenshot({ path: `${SCREENS}/hear-back-phone-ar.png` });
  await arOffer.getByRole("button", { name: "أرسلوا لي التقرير" }).click();
  await expect(arOffer.getByRole("status")).toHaveText("شكرًا لك. سنرسل لك التقرير، ثم نحذف بياناتك.");

  // At the door, on the facilitator's laptop, by keyboard only.
  await page.goto(`${hearth.url}/#/events/${eventId}`);
  await page.keyboard.press("Alt+6");
  const door = page.getByRole("region", { name: "At the door: who wants the report" });
  await expect(door).toBeVisible();
  await door.getByRole("radio", { name: "Text me" }).focus();
  await page.keyboard.press("ArrowDown"); // Email me
  await page.keyboard.press("ArrowDown"); // Post it
  await expect(door.getByRole("radio", { name: "Post it" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(door.getByLabel("Postal address, with the postcode")).toBeFocused();
  await page.keyboard.type("Leeds");
  await page.keyboard.press("Tab");
  await page.keyboard.type(NAME);
  await page.keyboard.press("Enter");
  await expect(door.getByRole("alert")).toHaveText("Write the postal address with the postcode: at least a street and a town.");
  await expect(door.getByLabel("Postal address, with the postcode")).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(`${STREET}`);
  await page.keyboard.press("Enter");
  await page.keyboard.type("Elm Road, Leeds LS6 2AB");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // submits from the name box
  await expect(door.getByRole("status")).toContainText("Saved. Ready for the next person.");
  await expect(door.getByLabel("Postal address, with the postcode")).toHaveValue("");
  await expectNoSeriousA11yViolations(page);
  await door.getByRole("heading").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/hear-back-door.png` });

  // The sending page lists the three, for the organiser alone.
  let panel = await sendingPanel(page, hearth.url, eventId);
  await expect(panel.getByRole("heading", { name: "Who asked for the report (3 people)" })).toBeVisible();
  await expect(panel.getByText(PHONE)).toBeVisible();
  await expect(panel.getByText(EMAIL)).toBeVisible();
  await expect(panel.getByText(NAME)).toBeVisible();
  await expect(panel.getByText(/9 Quillfeather Court\s+Elm Road, Leeds LS6 2AB/)).toBeVisible();
  await expect(panel.getByText("They are kept until the report is marked sent")).toBeVisible();
  await expect(ada.page.getByText(EMAIL)).toHaveCount(0); // no phone sees another's contact
  await expect(samira.page.getByText(PHONE)).toHaveCount(0);

  // Exports before the deletion: none carries a contact (the archive neither: not chosen).
  const room = await RoomClient.connect(hearth.url);
  const files: Record<string, string> = {};
  for (const format of ["csv", "markdown", "archive", "pdf"] as const) files[format] = await exportFile(room, eventId, format);
  const pdf = pdfText(files["pdf"]!);
  expect(pdf).toContain("The lift is broken again");
  for (const d of DETAILS) expect(pdf).not.toContain(d);
  for (const f of Object.values(files)) expect(holding(readFileSync(f)), f).toEqual([]);
  await room.call("data.backup", {}); // a backup taken while they are kept holds them, for now
  room.close();

  // The organiser may choose to carry them in an archive: marked so, and deleted with them.
  await page.getByLabel(/Include who asked for the report .* in the event archive/).check();
  await page.getByRole("button", { name: "Export event archive" }).click();
  await expect(page.getByText("Event archive: Done.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("note").filter({ hasText: "This archive holds residents' contact details" })).toBeVisible();
  const marked = readdirSync(join(hearth.dataDir, "exports")).filter((f) => f.includes("WITH RESIDENTS"));
  expect(marked).toHaveLength(1);
  expect(holding(readFileSync(join(hearth.dataDir, "exports", marked[0]!)))).toEqual(DETAILS);
  await page.getByRole("region", { name: "Export" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/hear-back-archive-marked.png` });

  // The report goes out; each channel's reach recorded; contacts deleted 30 days on (the usual).
  await page.getByLabel("emailed").check();
  await page.getByRole("button", { name: "Record as sent" }).click();
  panel = page.getByRole("region", { name: /Who asked for the report/ });
  const today = localToday();
  const deleteOn = addDays(today, 30);
  const words = (iso: string) => new Date(`${iso}T12:00:00Z`).toUTCString().replace(/^(\w+), 0?(\d+) (\w+) (\d+).*$/, "$1 $2 $3 $4");
  await expect(panel.getByText(`They will be deleted on ${words(deleteOn)}.`)).toBeVisible();
  const reached = panel.getByRole("group", { name: "How many were reached" });
  for (const [label, n] of [["by text", "1"], ["by email", "1"], ["by post", "1"]] as const) await reached.getByLabel(label).fill(n);
  await reached.getByRole("button", { name: "Record reached" }).click();
  await expect(reached.getByRole("status")).toHaveText("Recorded: 1 by text, 1 by email, 1 by post, 0 collected at the hub.");
  await expectNoSeriousA11yViolations(page, { exclude: ["iframe"] });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/hear-back-sending.png` });
  const before = Object.keys(scan(hearth.dataDir));
  expect(before.some((f) => /hearth\.db(-wal)?$/.test(f)), "the scan finds them in the database while they are kept").toBe(true);
  expect(before.some((f) => f.includes("backups")), "and in the backup").toBe(true);
  expect(before.some((f) => f.includes("WITH RESIDENTS")), "and in the archive chosen with them").toBe(true);

  // The clock moves to the deletion date: Hearth starts, runs its schedule, and they are gone.
  await ada.context.close();
  await samira.context.close();
  await hearth.stop();
  hearth.moveClock(30);
  await hearth.start();
  panel = await sendingPanel(page, hearth.url, eventId);
  await expect(panel.getByRole("heading", { name: "Who asked for the report (0 people)" })).toBeVisible();
  await expect(panel.getByText("No contacts are kept for this event.")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Deleted so far" })).toHaveText(`3 contacts deleted on ${words(deleteOn)}`);
  await expect(panel.getByRole("group", { name: "How many were reached" }).getByLabel("by post")).toHaveValue("1");
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/hear-back-deleted.png` });

  // A byte scan of the database, its WAL, every export and every backup finds no contact detail.
  await expect.poll(() => Object.keys(scan(hearth.dataDir)).filter((f) => f.includes("backups")), { timeout: 30_000 }).toEqual([]);
  await hearth.stop();
  expect(scan(hearth.dataDir)).toEqual({});
  const strings = execFileSync("sh", ["-c", `cat "${join(hearth.dataDir, "hearth.db")}"* | strings`], { encoding: "utf8" });
  for (const d of DETAILS) expect(strings).not.toContain(d);
  testInfo.annotations.push({ type: "scanned", description: readdirSync(hearth.dataDir).join(", ") });
});

test("the privacy notice says what is collected, why, for how long and who sees it, true to the event's settings, and prints for the door", async ({ page, hearth }, testInfo) => {
  test.setTimeout(180_000);
  const { eventId } = await listeningEvent(page, hearth.url, "Brook House listening event");
  await page.goto(`${hearth.url}/#/events/${eventId}`);
  await page.keyboard.press("Alt+6");
  await page.getByLabel("Keep this event's notes").selectOption({ label: "6 months after the event" });
  const summary = page.getByText("What residents are told: the privacy notice");
  await summary.focus();
  await page.keyboard.press("Enter");
  const inPanel = page.getByRole("article", { name: "Privacy notice" });
  await expect(inPanel).toContainText("6 months after the event: they are deleted for good on");
  await expect(inPanel).toContainText("deleted for good 30 days after the report is sent");
  // This event does not ask "About you" (yet): the notice does not speak of it.
  await expect(inPanel.getByRole("heading", { name: "About you" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1366, height: 2600 });
  await page.getByRole("heading", { name: "Privacy", exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/privacy-panel.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  const room = await RoomClient.connect(hearth.url);
  await room.call("monitoring.save", { ...defaultMonitoringSet(EventId.parse(eventId)), enabled: true });
  room.close();
  await page.getByRole("link", { name: "Privacy notice for the door (print)" }).click();
  const notice = page.getByRole("article", { name: "Privacy notice" });
  await expect(notice.getByRole("heading", { level: 1 })).toHaveText(/How we look after what you tell us: .Brook House listening event./);
  for (const h of ["Your notes", "Your votes", "About you", "How to send you the report (if you ask)", "Your choices"]) await expect(notice.getByRole("heading", { name: h })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/privacy-notice-page.png`, fullPage: true });

  const file = testInfo.outputPath("privacy-notice.pdf");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: file, format: "A4", printBackground: true });
  const text = pdfText(file);
  expect(text).toContain("For how long");
  expect(text).toContain("counts per question and answer");
  expect(text).toContain("Only the organiser, when sending the report");
  expect(text).not.toContain("Print the privacy notice"); // the buttons are not printed
  expect(text).not.toContain("Actions register");
  expect(pdfPagesToScreens(file, "privacy-notice-pdf", 70).length).toBeGreaterThanOrEqual(1);
});
