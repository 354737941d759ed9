import { expectNoSeriousA11yViolations } from "./support/axe";
import { board, eventUrl, seedEvent, setRunSheet } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

test("a note-taker adds 30 notes with the keyboard alone, with a table label the device remembers", async ({ page, hearth }) => {
  test.setTimeout(120_000); // 30 notes typed key by key: slow on a loaded machine
  const eventId = await seedEvent(hearth, { title: "Brook House listening event" });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  await expect(b.box).toBeFocused();

  // The table label: Tab along to it, type, and come back to the note box, all by keyboard.
  const table = page.getByLabel("Table or group");
  for (let i = 0; i < 2; i++) await page.keyboard.press("Tab");
  await expect(table).toBeFocused();
  await page.keyboard.type("B");
  for (let i = 0; i < 2; i++) await page.keyboard.press("Shift+Tab");
  await expect(b.box).toBeFocused();

  const typed: string[] = [];
  for (let i = 1; i <= 30; i++) {
    const text = `Resident ${i}: the buses stop too early`;
    typed.push(text);
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    await expect(b.box).toHaveValue("");
  }
  await expect(b.box).toBeFocused();
  await expect(b.unsorted.locator(":scope > .sticky:not(.sticky--pending)")).toHaveCount(30);
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(typed);
  await expect(b.note("Resident 30:").locator(".sticky__meta")).toHaveText("Table B");

  // The label is remembered on this device.
  await page.reload();
  await expect(page.getByLabel("Table or group")).toHaveValue("B");
  await expect(page.getByText("Unsorted (30)")).toBeVisible();
});

test("Arabic and Urdu notes read right to left, English left to right, and long words wrap", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, { title: "Multilingual table" });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  const notes = [
    { text: "لا توجد إضاءة في الحديقة ليلاً", lang: "Arabic", dir: "rtl" },
    { text: "بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں", lang: "Urdu", dir: "rtl" },
    { text: "The GP surgery never answers the phone 😞", lang: "English", dir: "ltr" },
    { text: "Supercalifragilisticexpialidociouslylongwordwithoutanyspacesatalltotestwrapping", lang: "Not given", dir: "ltr" },
  ];
  for (const n of notes) {
    await page.getByLabel("Language").selectOption({ label: n.lang });
    await b.box.fill(n.text);
    await b.box.press("Enter");
    await expect(b.note(n.text)).toBeVisible();
  }
  for (const n of notes) {
    const text = b.note(n.text).locator(".sticky__text");
    expect(await text.evaluate((el) => getComputedStyle(el).direction), n.text).toBe(n.dir);
  }
  await expect(b.note("بچوں").locator(".sticky__text")).toHaveAttribute("lang", "ur");
  await expect(b.note("بچوں").locator(".sticky__meta")).toHaveText("Urdu");
  // The long word stays inside its note.
  const overflow = await b.note("Supercalifragilistic").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${screens}/board-rtl.png` });
});

test("pasting several lines offers one note per line, then adds them as one undoable step", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, { title: "Paste" });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  const pasted = "- No buses after 6pm\n\n• Lifts broken on the 3rd floor\nبچوں کے لیے جگہ نہیں\n";
  await b.box.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  const preview = page.getByRole("group", { name: "Add 3 notes, one per line?" });
  await expect(preview.getByRole("listitem")).toHaveText(["No buses after 6pm", "Lifts broken on the 3rd floor", "بچوں کے لیے جگہ نہیں"]);
  await expect(preview.getByRole("button", { name: "Add 3 notes" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/board-paste-preview.png` });
  await page.keyboard.press("Enter");
  await expect(preview).toBeHidden();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["No buses after 6pm", "Lifts broken on the 3rd floor", "بچوں کے لیے جگہ نہیں"]);
  await expect(b.box).toBeFocused();

  // One paste, one step: Undo takes all three away, Redo brings them back.
  await b.undo.click();
  await expect(b.unsorted.locator(".sticky")).toHaveCount(0);
  await b.redo.click();
  await expect(b.unsorted.locator(".sticky")).toHaveCount(3);

  // Escape goes back to the box without adding anything; "Paste as one note" keeps the text in the box.
  await b.box.evaluate((el) => {
    const data = new DataTransfer();
    data.setData("text/plain", "one\ntwo");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.getByRole("button", { name: "Paste as one note" }).click();
  await expect(b.box).toHaveValue("one\ntwo");
  await expect(b.unsorted.locator(".sticky")).toHaveCount(3);
});

test("each note hangs on a prompt: the current stage's first by default, changeable, and filterable", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, { title: "Prompts" });
  await setRunSheet(hearth, eventId, { otherPrompts: ["Welcome: who is here?"], stagePrompts: ["What matters to you about living here?", "What would make it better?"] });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  const chooser = page.getByRole("combobox", { name: "Prompt", exact: true });
  await expect(chooser.locator("option:checked")).toHaveText("2. What matters to you about living here?");
  await b.box.fill("Friendly neighbours");
  await b.box.press("Enter");
  await chooser.selectOption({ label: "3. What would make it better?" });
  await b.box.fill("A bus after 6pm");
  await b.box.press("Enter");
  await expect(b.unsorted.locator(".sticky:not(.sticky--pending)")).toHaveCount(2);

  await page.getByLabel("Filter by prompt").selectOption({ label: "3. What would make it better?" });
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["A bus after 6pm"]);
  await page.getByLabel("Filter by prompt").selectOption({ label: "2. What matters to you about living here?" });
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Friendly neighbours"]);
  await page.getByLabel("Filter by prompt").selectOption("any");
  // The prompt of a note can be changed in place too.
  await b.note("Friendly neighbours").getByRole("button", { name: "Edit note" }).click();
  await page.locator(".note-editor").getByRole("combobox", { name: "Prompt" }).selectOption({ label: "3. What would make it better?" });
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByLabel("Filter by prompt").selectOption({ label: "3. What would make it better?" });
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Friendly neighbours", "A bus after 6pm"]);
  await expectNoSeriousA11yViolations(page);
});
