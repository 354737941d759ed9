import type { Page, TestInfo } from "@playwright/test";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { screens, shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { listeningEvent, participant } from "./support/phone-voting";
import { pdfText } from "../support/pdf";

type Answers = { sex: string; carer: string; age: string };
// Five phones answer three questions each; the sixth says "Prefer not to say" to every question.
const PHONES: Answers[] = [
  { sex: "Female", carer: "Yes", age: "16 to 24" },
  { sex: "Female", carer: "No", age: "16 to 24" },
  { sex: "Female", carer: "No", age: "25 to 34" },
  { sex: "Male", carer: "No", age: "25 to 34" },
  { sex: "Male", carer: "No", age: "75 or over" },
];
const QUESTION = { sex: "What is your sex?", carer: "Do you look after or support anyone because of long-term illness, disability or old age?", age: "How old are you?" };
// Twelve paper slips, tallied: 7 women and 5 men; 2 carers and 10 not; ages 5, 4 and 3.
const SLIPS: [string, string, number][] = [
  ["Female", QUESTION.sex, 7],
  ["Male", QUESTION.sex, 5],
  ["Yes", QUESTION.carer, 2],
  ["No", QUESTION.carer, 10],
  ["16 to 24", QUESTION.age, 5],
  ["25 to 34", QUESTION.age, 4],
  ["35 to 44", QUESTION.age, 3],
];
const ANSWER_IDS = ["female", "male", "prefer-not", "16-24", "25-34", "75-plus"];

const aboutYou = (p: Page) => p.getByRole("region", { name: /About you|عنك/ });

async function addNote(p: Page, label: string, button: string, text: string) {
  await p.getByLabel(label, { exact: true }).fill(text);
  await p.getByRole("button", { name: button }).click();
  await expect(p.locator(".sticky", { hasText: text })).toBeVisible();
}

/** Chooses an answer with the keyboard: focus the option's radio, Space. */
async function choose(p: Page, question: string, answer: string) {
  const radio = p.getByRole("group", { name: question }).getByRole("radio", { name: answer, exact: true });
  await radio.focus();
  await p.keyboard.press("Space");
  await expect(radio).toBeChecked();
}

async function exportFile(page: Page, testInfo: TestInfo, button: string, label: string): Promise<string> {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export the report as it is?" });
  await expect(dialog.or(page.getByText(`${label}:`, { exact: false }))).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: `${button} anyway` }).click();
  await expect(page.getByText(`${label}: Done.`)).toBeVisible({ timeout: 90_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${label}` }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

test("About you: six phones and twelve slips, a report with small numbers hidden, and nothing that links an answer to a phone", async ({ page, browser, hearth }, testInfo) => {
  test.setTimeout(420_000); // a facilitator, seven phones and a PDF on a small, busy machine
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road listening event");

  // Set up: the standard questions, on, with a group we hope to hear from.
  await page.goto(`${hearth.url}/#/events/${eventId}/setup`);
  const setup = page.getByRole("region", { name: "About you" });
  await setup.getByLabel("Ask “About you” at this event").focus();
  await page.keyboard.press("Space");
  await setup.getByLabel("Group", { exact: true }).fill("Young carers");
  await setup.getByLabel("Who counts as one of them").selectOption("carer/yes");
  await setup.getByLabel("Hoped for (people)").fill("10");
  await setup.getByRole("button", { name: "Add group" }).press("Enter");
  await expect(setup.getByText("Young carers — 10 hoped for")).toBeVisible();
  await setup.getByRole("button", { name: "Save “About you”" }).press("Enter");
  await expect(setup.getByRole("status")).toHaveText("Saved.");
  await expectNoSeriousA11yViolations(page);
  await setup.screenshot({ path: `${screens}/about-you-setup.png` });

  // Six phones; the form comes only after the phone's note, and never says anything before.
  const phones = [];
  for (let i = 0; i < 6; i++) phones.push(await participant(browser, invite.participant, i === 5 ? "ar" : "en-GB", i === 5 ? "أنت مشارك" : "You are a Participant"));
  for (const p of phones) await expect(aboutYou(p.page)).toHaveCount(0);
  for (const [i, p] of phones.entries()) {
    if (i === 5) await addNote(p.page, "ملاحظتك", "أضف الملاحظة", "لا توجد إضاءة في الحديقة ليلاً");
    else await addNote(p.page, "Your note", "Add note", `The bus shelter needs a roof (${i + 1})`);
    await expect(aboutYou(p.page)).toBeVisible();
  }
  const first = phones[0]!.page;
  await first.getByRole("heading", { name: "About you (optional)" }).scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(first);
  await aboutYou(first).screenshot({ path: `${screens}/about-you-phone.png` });
  for (const [i, answers] of PHONES.entries()) {
    const p = phones[i]!.page;
    await choose(p, QUESTION.sex, answers.sex);
    await choose(p, QUESTION.carer, answers.carer);
    await choose(p, QUESTION.age, answers.age);
    await aboutYou(p).getByRole("button", { name: "Send", exact: true }).press("Enter");
    await expect(p.getByRole("status").filter({ hasText: "Thank you. Your answers are counted." })).toBeVisible();
  }
  // The Arabic phone: right to left, every question answered "Prefer not to say" (أفضّل عدم الإجابة).
  const arabic = phones[5]!.page;
  await expect(arabic.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(aboutYou(arabic).getByRole("heading", { name: "عنك (اختياري)" })).toBeVisible();
  await expectNoSeriousA11yViolations(arabic);
  await aboutYou(arabic).screenshot({ path: `${screens}/about-you-phone-ar.png` });
  const groups = aboutYou(arabic).getByRole("group");
  const count = await groups.count();
  expect(count).toBe(9);
  for (let g = 0; g < count; g++) {
    const radio = groups.nth(g).getByRole("radio", { name: "أفضّل عدم الإجابة" });
    await radio.focus();
    await arabic.keyboard.press("Space");
  }
  await aboutYou(arabic).getByRole("button", { name: "إرسال" }).press("Enter");
  await expect(arabic.getByText("شكرًا لك. تم احتساب إجاباتك.")).toBeVisible();

  // A seventh phone skips: Skip is a button beside Send, and nothing is counted.
  const skipper = await participant(browser, invite.participant, "en-GB", "You are a Participant");
  await addNote(skipper.page, "Your note", "Add note", "More benches in the park, please");
  await aboutYou(skipper.page).getByRole("button", { name: "Skip" }).press("Enter");
  await expect(aboutYou(skipper.page)).toHaveCount(0);

  // The paper slips, tallied at the laptop with the keyboard; one box typed wrong, then corrected.
  await page.goto(`${hearth.url}/#/events/${eventId}/about-you`);
  await expect(page.getByText("6 phones have answered.", { exact: false })).toBeVisible();
  const box = (answer: string, question: string) => page.getByRole("textbox", { name: `${answer} ${question}`, exact: true });
  await box("Female", QUESTION.sex).focus();
  await page.keyboard.type("6");
  await page.keyboard.press("Tab");
  for (const [answer, question, n] of SLIPS) {
    const b = box(answer, question);
    await b.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(String(n));
    await page.keyboard.press("Enter");
    await expect(b).toHaveValue(String(n));
  }
  // Phones and paper: 10 women, 7 men, 1 prefer not to say. The 1 is fewer than 5, and the 7 is hidden too.
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "Who we heard from so far" }) }).getByRole("table", { name: QUESTION.sex })).toContainText(
    "Female10MalehiddenPrefer not to sayfewer than 5Total18",
  );
  await expect(page.getByRole("table", { name: "The groups we hoped to hear from" })).toContainText("Young carers10fewer than 5not yet");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("heading", { name: "Paper slips" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/about-you-tally.png`, fullPage: true });

  // The report: the section, with small numbers hidden, in the PDF and the Markdown.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${hearth.url}/#/events/${eventId}/report`);
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await expect(preview.getByRole("heading", { level: 2, name: "Who we heard from" })).toBeVisible({ timeout: 60_000 });
  const redact = page.getByRole("button", { name: /^Redact all \d+ undecided$/ });
  if (await redact.isVisible()) await redact.click();
  const pdfFile = await exportFile(page, testInfo, "Export PDF", "PDF report");
  expect(pdfText(pdfFile)).toContain("Who we heard from");
  // With -layout, pdftotext keeps each table row on its line.
  const rows = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" }).split("\n");
  const sex = rows.slice(rows.findIndex((l) => l.includes(QUESTION.sex)));
  expect(sex.find((l) => /^\s*Female\s/.test(l))).toMatch(/Female\s+10\s*$/);
  expect(sex.find((l) => /^\s*Male\s/.test(l))).toMatch(/Male\s+hidden\s*$/);
  expect(sex.find((l) => /Prefer not to say/.test(l))).toMatch(/Prefer not to say\s+fewer than 5\s*$/);
  expect(sex.find((l) => /^\s*Total\s/.test(l))).toMatch(/Total\s+18\s*$/);
  expect(rows.find((l) => l.includes("Young carers"))).toMatch(/Young carers\s+10\s+fewer than 5\s+not yet/);
  expect(rows.join("\n")).not.toMatch(/Male\s+7\b/);
  const md = readFileSync(await exportFile(page, testInfo, "Export Markdown", "Markdown report"), "utf8");
  expect(md).toContain("| Male | hidden |");
  expect(md).toContain("| Young carers | 10 | fewer than 5 | not yet |");
  const csv = readFileSync(await exportFile(page, testInfo, "Export CSV of notes", "CSV of notes"), "utf8");
  const archive = readFileSync(await exportFile(page, testInfo, "Export event archive", "Event archive"), "utf8");
  for (const word of ["Prefer not to say", "Young carers", "fewer than 5", "Who we heard from"]) expect(csv).not.toContain(word);
  for (const word of ["monitoring", "prefer-not", "Young carers", "carer/yes"]) expect(archive).not.toContain(word);

  // The bytes: no row and no page of the database links an answer to a device.
  const db = new Database(join(hearth.dataDir, "hearth.db"), { readonly: true });
  const deviceIds = (db.prepare(`SELECT id FROM device`).all() as { id: string }[]).map((d) => d.id);
  expect(deviceIds.length).toBeGreaterThanOrEqual(7);
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
  for (const table of tables) {
    for (const row of db.prepare(`SELECT * FROM "${table}"`).all()) {
      const text = JSON.stringify(row);
      const device = deviceIds.some((d) => text.includes(d));
      const answer = ANSWER_IDS.some((a) => text.includes(`"${a}"`) || text.includes(`/${a}"`));
      expect(device && answer, `${table}: ${text}`).toBe(false);
    }
  }
  expect(db.prepare(`SELECT COUNT(*) AS n FROM change WHERE command = 'monitoring.answer'`).get()).toEqual({ n: 0 });
  db.close();
  // Page by page: the database file, and each frame of the WAL (a page as it was written).
  const pages: { where: string; bytes: Buffer }[] = [];
  const file = readFileSync(join(hearth.dataDir, "hearth.db"));
  const pageSize = file.readUInt16BE(16) === 1 ? 65536 : file.readUInt16BE(16);
  for (let at = 0; at < file.length; at += pageSize) pages.push({ where: `hearth.db page ${at / pageSize}`, bytes: file.subarray(at, at + pageSize) });
  const walPath = join(hearth.dataDir, "hearth.db-wal");
  if (existsSync(walPath)) {
    const wal = readFileSync(walPath);
    for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.push({ where: `WAL frame at ${at}`, bytes: wal.subarray(at + 24, at + 24 + pageSize) });
  }
  for (const { where, bytes } of pages) {
    const text = bytes.toString("latin1");
    const device = deviceIds.some((d) => text.includes(d));
    // "prefer-not" is in no set and no slip was tallied for it: only phones' answers put it in a row (the set, stored
    // with the command that saved it, lists every other option, beside the phones' {"answered":true} marks).
    const answer = text.includes("prefer-not");
    expect(device && answer, `${where} holds a device id beside an answer: ${text.replace(/[^\x20-\x7e]+/g, "·")}`).toBe(false);
  }
  for (const p of [...phones, skipper]) await p.context.close();
});
