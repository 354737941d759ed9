import { describe, expect, it } from "vitest";
import { boardView, planImport, type CheckedRow } from "../../../src/core";
import { newId } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import { addPrompt } from "../support/board-fixture";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const row = (n: number, over: Partial<CheckedRow> = {}): CheckedRow => ({
  row: n,
  text: `Note number ${n} typed up from paper`,
  promptId: null,
  table: "",
  lang: "",
  themeTitle: "",
  themeId: null,
  ...over,
});
const count = (db: { prepare(sql: string): { get(): unknown } }, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe("notes.import", () => {
  const rooms = useRooms();

  it("imports a long file in parts, applying every note and new theme in one change", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const prompt = addPrompt(r, event.id, null, "What matters to you?");
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(i + 2, { promptId: i % 2 ? prompt.id : null, table: `T${i % 5}`, themeTitle: i < 10 ? "Transport" : "", lang: i === 0 ? "ur" : "" }),
    );
    const plan = planImport(rows, { prompts: [prompt], themes: [] }, { eventId: event.id, importId: "import_00000001", source: "paper", newId });
    expect(plan.parts.length).toBeGreaterThan(0); // too big for one 16 KiB frame
    for (const [part, notes] of plan.parts.entries()) {
      const staged = callOk(r, FACILITATOR, "notes.importPart", { eventId: event.id, importId: "import_00000001", part, notes });
      expect(staged.staged).toBe(notes.length);
      expect(JSON.stringify({ type: "call", id: 1, method: "notes.importPart", input: { eventId: event.id, importId: "import_00000001", part, notes } }).length).toBeLessThan(16 * 1024);
    }
    const before = count(r.db, `SELECT COUNT(*) AS n FROM change`);
    expect(count(r.db, `SELECT COUNT(*) AS n FROM note`)).toBe(0); // staged parts are not notes yet
    const result = callOk(r, FACILITATOR, "notes.import", plan.final);
    expect(result.notes).toHaveLength(300);
    expect(result.themes.map((t) => t.title)).toEqual(["Transport"]);
    expect(count(r.db, `SELECT COUNT(*) AS n FROM change`)).toBe(before + 1);
    expect(count(r.db, `SELECT COUNT(*) AS n FROM note_import_part`)).toBe(0);
    const snap = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    const view = boardView(snap.note, snap.theme);
    expect(view.themes[0]!.notes).toHaveLength(10);
    expect(view.unsorted.map((n) => n.text)).toEqual(rows.slice(10).map((x) => x.text)); // in file order
    expect(snap.note.every((n) => n.source === "paper")).toBe(true);
  });

  it("applies nothing when a part is missing, a prompt is unknown, or an id was used already", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const refused = (input: unknown) => {
      const res = r.room.call(FACILITATOR, { method: "notes.import", input, commandId: newId() });
      expect(res.ok).toBe(false);
      return res.ok ? "" : res.error.message;
    };
    const note = { id: "note_import01", text: "A note" };
    expect(refused({ eventId: event.id, importId: "import_00000002", parts: 1, source: "paper", notes: [note] })).toMatch(/incomplete: 0 of 1/);
    expect(refused({ eventId: event.id, importId: "import_00000002", parts: 0, source: "paper", notes: [note, { id: "note_import02", text: "x", promptId: "prompt_nope0" }] })).toMatch(/prompt/);
    expect(refused({ eventId: event.id, importId: "import_00000002", parts: 0, source: "paper", notes: [note, { id: "note_import02", text: "" }] })).toMatch(/empty/);
    expect(refused({ eventId: event.id, importId: "import_00000002", parts: 0, source: "paper", notes: [note, note] })).toMatch(/same id twice/);
    expect(count(r.db, `SELECT COUNT(*) AS n FROM note`)).toBe(0);
    callOk(r, FACILITATOR, "notes.import", { eventId: event.id, importId: "import_00000003", parts: 0, source: "typed", notes: [note] });
    expect(refused({ eventId: event.id, importId: "import_00000004", parts: 0, source: "typed", notes: [note] })).toMatch(/imported already/);
    expect(count(r.db, `SELECT COUNT(*) AS n FROM note`)).toBe(1);
  });

  it("keeps one device's staged parts away from another's import", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "notes.importPart", { eventId: event.id, importId: "import_shared01", part: 0, notes: [{ id: "note_staged01", text: "staged" }] });
    const other = { deviceId: "laptop-2", role: "notetaker" as const };
    const res = r.room.call(other, { method: "notes.import", input: { eventId: event.id, importId: "import_shared01", parts: 1, source: "paper", notes: [] }, commandId: newId() });
    expect(res).toMatchObject({ ok: false, error: { code: "conflict" } });
  });
});
