import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Note } from "../../../src/core";
import { notes as notesRepo } from "../../../src/server/db/repos/notes";
import { themes as themesRepo } from "../../../src/server/db/repos/themes";
import { FACILITATOR } from "../../../src/server/room/actor";
import { letters, pdfPagesToScreens } from "../../support/pdf";
import { decideAll, expectDone, exportAndWait, pdfText, withExports } from "../support/exports";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { BROWSER_TEST_MS } from "../../support/timeouts";
import { themeId } from "../../unit/support/ids";

// User text stays text in the printed PDF (pdftotext reads it back): bidi overrides, Arabic
// mixed with English, markup, scripts, links and templates come out as typed, each note kept
// apart from the next; and the PDF's "nothing lost": it holds every note the report shows,
// and a name the organiser seeded only when they chose to keep it. The browser e2e and
// report-export.test.ts cover the Elm Road report; here the notes are built to break it.

type Room = ReturnType<ReturnType<typeof useRooms>["start"]>;

/** Notes added through the room, then changed in the database the way the board's commands would (hide, delete, merge, theme). */
function addNotes(r: Room, eventId: string, texts: readonly string[]): Note[] {
  return texts.map((text, i) => callOk(r, FACILITATOR, "notes.add", { id: `note_${String(i).padStart(3, "0")}_pdf`, eventId, text }));
}
const change = (r: Room, note: Note, fields: Partial<Note>) => notesRepo.update(r.db, { ...note, ...fields });

const RLO = "\u202E";

describe("the report PDF", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("B3/B4: prints bidi overrides, mixed Arabic and English, markup, script, links and templates as the text they are, each note isolated", async () => {
    const r = rooms.start();
    withExports(r);
    // An override in the event's title, which the introduction quotes inside a sentence.
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: `Elm Road ${RLO}meeting` }));
    const themeTitle = `Safety ${RLO}first`;
    themesRepo.insert(r.db, { id: themeId("theme_pdf_rlo"), eventId: event.id, title: themeTitle, colour: "sand", position: 0, collapsed: false, deleted: false, createdSeq: 0, updatedSeq: 0 });
    const hostile = [
      "Before the override note",
      `Call the council ${RLO}today please`, // unterminated: the override must end with the note
      `Call the council ${RLO}today please`, // the same words again, merged into it below: "(raised 2 times)" follows it on its line
      "After the override note",
      "The park لا توجد إضاءة has no lights at night",
      "لا توجد إضاءة في الحديقة and the gate is broken",
      "<script>document.body.textContent = 'x'.repeat(3) + 'owned'</script>",
      `<img src=x onerror="document.body.append('img' + 'ran')">`,
      "[click me](javascript:alert(1)) or javascript:alert(document.cookie)",
      "{{7*7}} and ${7*7} and <%= 7*7 %>",
      "'); DROP TABLE note; -- Robert",
    ];
    const notes = addNotes(r, event.id, hostile);
    change(r, notes[2]!, { mergedInto: notes[1]!.id });
    for (const n of notes) if (n.id !== notes[2]!.id) change(r, n, { themeId: themeId("theme_pdf_rlo") });
    decideAll(r, event.id, "keep");
    const job = await exportAndWait(r, event.id, "pdf");
    expectDone(job);
    const text = pdfText(job.path);
    pdfPagesToScreens(job.path, "report-pdf-bidi", 80);

    // Markup, script, links and templates are the characters typed; none of them ran.
    for (const literal of hostile.slice(6)) expect(text).toContain(literal);
    expect(text).not.toContain("xxxowned");
    expect(text).not.toContain("imgran");
    expect(text).not.toMatch(/(?<!\*)49(?! )/u);
    const raw = readFileSync(job.path).toString("latin1");
    // No actions or links in the file: no dictionary key that would run or open anything.
    expect(raw).not.toMatch(/\/(?:JavaScript|JS|URI|Launch|OpenAction|AA|SubmitForm)\s*[<([]/u);

    // The override turns only its own note's words around; everything after it reads as written.
    // (pdftotext marks right-to-left runs with bidi controls of its own: compare without them.)
    const plain = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "");
    const list = plain.slice(plain.indexOf("Before the override note"));
    expect(list).toMatch(/^Before the override note Call the council (?:today please|esaelp yadot) ?\(raised 2 times\) After the override note The park /u);
    expect(plain).not.toMatch(/semit 2 desiar|eton edirrevo|llah ytinummoc sabanraB|seton 11 etorw/u);
    // The title's override stays inside the title where a sentence quotes it (pdftotext drops
    // the space beside an isolate; the page has it: test-results/screens/report-pdf-bidi-1.png).
    expect(plain).toMatch(/Thank you to everyone who came to Elm Road (?:meeting|gniteem) ?at St Barnabas community hall ?on Saturday 14 November 2026\. Together you wrote 11 notes\./u);
    // Mixed directions: the English around an Arabic run keeps its place and order.
    expect(plain).toMatch(/The park ?[^a-z]+ ?has no lights at night/u);
    const park = plain.slice(plain.indexOf("The park"), plain.indexOf("has no lights at night"));
    for (const word of ["لا", "توجد", "إضاءة"]) expect(letters(park)).toContain(letters(word));
    expect(text).toMatch(/and the gate is broken/u);
    expect(letters(text)).toContain(letters("في الحديقة"));
  }, BROWSER_TEST_MS);

  it("holds every note the report shows, none it leaves out, and a seeded name only when redaction is off", async () => {
    const r = rooms.start();
    withExports(r);
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Brook House residents' meeting" }));
    // The organiser seeds a name the detector could not know; one note names her.
    callOk(r, FACILITATOR, "reports.addName", { name: "Wilhelmina" });
    const scripts = [
      (k: string) => `The lifts have been broken for weeks ${k}`,
      (k: string) => `Sąsiedzi są życzliwi, ale nie ma gdzie usiąść ${k}`,
      (k: string) => `لا توجد إضاءة في الحديقة ليلاً ${k}`,
      (k: string) => `بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں ${k}`,
      (k: string) => `Nowhere for young people to go 😞👩🏽‍🦱 ${k}`,
    ];
    const marker = (i: number) => `mk${String(i).padStart(2, "0")}q`;
    const texts = Array.from({ length: 45 }, (_, i) => scripts[i % scripts.length]!(marker(i)));
    texts.push(`Ask Wilhelmina at number 14 about the bins ${marker(45)}`);
    const notes = addNotes(r, event.id, texts);
    for (const [i, t] of ["Homes", "Feeling safe", "Young people"].entries()) {
      themesRepo.insert(r.db, { id: themeId(`theme_pdf_${i}`), eventId: event.id, title: t, colour: "sand", position: i, collapsed: false, deleted: false, createdSeq: 0, updatedSeq: 0 });
    }
    // What the board would have done: themed most notes, hidden some, deleted some, merged duplicates.
    const left = new Set<number>();
    notes.forEach((n, i) => {
      if (i % 11 === 3) return (left.add(i), change(r, n, { hidden: true }));
      if (i % 11 === 7) return (left.add(i), change(r, n, { deleted: true }));
      if (i % 13 === 5) return (left.add(i), change(r, n, { mergedInto: notes[0]!.id }));
      if (i % 4 !== 0) change(r, n, { themeId: themeId(`theme_pdf_${i % 3}`) });
    });
    const shown = notes.map((_, i) => i).filter((i) => !left.has(i));
    expect(shown.length).toBeGreaterThan(30);
    expect(left.size).toBeGreaterThan(8);

    decideAll(r, event.id, "redact");
    const redacted = pdfText((await exportAndWait(r, event.id, "pdf")).path);
    for (const i of shown) expect(redacted, `note ${i}: ${texts[i]}`).toContain(marker(i));
    for (const i of left) expect(redacted, `note ${i} is not shown in the report`).not.toContain(marker(i));
    // Each language's words come through too, not just the markers.
    expect(letters(redacted)).toContain(letters("بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں"));
    expect(redacted).toContain("Sąsiedzi są życzliwi, ale nie ma gdzie usiąść");
    expect(redacted).toContain(`Ask [name removed] at [address removed] about the bins ${marker(45)}`);
    expect(redacted).not.toContain("Wilhelmina");

    decideAll(r, event.id, "keep");
    const kept = pdfText((await exportAndWait(r, event.id, "pdf")).path);
    for (const i of shown) expect(kept, `note ${i}`).toContain(marker(i));
    expect(kept).toContain(`Ask Wilhelmina at number 14 about the bins ${marker(45)}`);
  }, BROWSER_TEST_MS);
});
