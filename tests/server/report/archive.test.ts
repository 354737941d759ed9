import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { seedElmRoad } from "../support/elm-road-room";
import { expectDone, exportAndWait, withExports } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";
import { upload } from "../support/uploads";

/** An event as another copy would compare it: every collection, with the room-local sequence numbers left out. */
function comparable(r: RunningRoom, eventId: string) {
  const { seq: _seq, serverTime: _t, ...snap } = callOk(r, FACILITATOR, "events.snapshot", { eventId });
  // Who typed a paper count (a device of this copy) does not travel; the counts do.
  const strip = <T extends object>(x: T) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== "createdSeq" && k !== "updatedSeq" && k !== "enteredBy"));
  return {
    event: strip(snap.event),
    lists: Object.fromEntries(Object.entries(snap).filter(([k]) => k !== "event").map(([k, v]) => [k, (v as object[]).map(strip)])),
    draft: callOk(r, FACILITATOR, "reports.draft", { eventId }),
    preview: callOk(r, FACILITATOR, "reports.preview", { eventId }).html,
  };
}

describe("event archives", () => {
  const rooms = useRooms();

  async function exportedArchive() {
    const a = rooms.start();
    withExports(a);
    const { event, notes } = seedElmRoad(a);
    // Some history that must survive: a merged duplicate, a deleted note, an action, report edits and decisions.
    const { notes: notesRepo } = await import("../../../src/server/db/repos/notes");
    notesRepo.update(a.db, { ...notes[8]!, mergedInto: notes[7]!.id });
    notesRepo.update(a.db, { ...notes[2]!, deleted: true });
    callOk(a, FACILITATOR, "actions.add", { id: "act_shelter1", eventId: event.id, text: "Bus shelter", owner: "Council", dueOn: "2027-01-31", themeId: "theme_0xxxxx" });
    // A vote, revealed and marked final: its round, ballot and paper counts travel too.
    const round = callOk(a, FACILITATOR, "rounds.create", { id: "round_final01", eventId: event.id, title: "Residents' round", target: "notes", dotsPerVoter: 3, maxPerItem: 2, blind: true });
    callOk(a, FACILITATOR, "rounds.open", { roundId: round.id });
    callOk(a, FACILITATOR, "votes.paper", { roundId: round.id, itemId: notes[0]!.id, dots: 9 });
    callOk(a, FACILITATOR, "votes.castFor", { roundId: round.id, voterId: "voter_laptop1", dots: [{ itemId: notes[1]!.id, dots: 2 }, { itemId: notes[0]!.id, dots: 1 }] });
    for (const step of ["rounds.close", "rounds.reveal"] as const) callOk(a, FACILITATOR, step, { roundId: round.id });
    callOk(a, FACILITATOR, "rounds.markFinal", { roundId: round.id, final: true });
    callOk(a, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "intro", text: "Diolch — شكرا — dziękujemy" } });
    const finding = callOk(a, FACILITATOR, "reports.preview", { eventId: event.id }).findings[0]!;
    callOk(a, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "decide", key: finding.id, decision: { action: "keep" } } });
    const job = await exportAndWait(a, event.id, "archive");
    expectDone(job);
    expect(job.fileName).toBe("Elm Road listening event 2026-11-14 event archive.hearth.json");
    const summer = await exportAndWait(a, "evt_summer01", "archive");
    expectDone(summer);
    return { a, event, bytes: readFileSync(job.path), summerBytes: readFileSync(summer.path) };
  }

  it("imports into a fresh data folder and reproduces the event exactly", async () => {
    const { a, event, bytes, summerBytes } = await exportedArchive();
    const b = rooms.start();
    // The summer event first: "you said, we did" reports on its actions.
    upload(b, "upl_summer01", "archive", summerBytes);
    callOk(b, FACILITATOR, "archives.import", { uploadId: "upl_summer01", mode: "original" });
    upload(b, "upl_archive1", "archive", bytes);
    const preview = callOk(b, FACILITATOR, "archives.preview", { uploadId: "upl_archive1" });
    expect(preview).toMatchObject({ eventId: event.id, title: "Elm Road listening event", date: "2026-11-14", exists: false, counts: { notes: 34, themes: 6, actions: 1, prompts: 3 } });
    const imported = callOk(b, FACILITATOR, "archives.import", { uploadId: "upl_archive1", mode: "original" });
    expect(imported.id).toBe(event.id);
    const there = comparable(a, event.id);
    expect(there.lists.round).toHaveLength(1);
    expect(there.lists.paperCount).toHaveLength(1);
    expect(there.preview).toContain("Residents&#39;");
    expect(comparable(b, event.id)).toEqual(there);
    expect(comparable(b, "evt_summer01")).toEqual(comparable(a, "evt_summer01"));
    const json = bytes.toString("utf8");
    expect(json).not.toContain("facilitator"); // the device that typed the notes is not in the archive
  });

  it("never overwrites: an event that is already here imports only as a copy, with new ids", async () => {
    const { a, event, bytes } = await exportedArchive();
    upload(a, "upl_archive2", "archive", bytes);
    expect(callOk(a, FACILITATOR, "archives.preview", { uploadId: "upl_archive2" }).exists).toBe(true);
    const refused = a.room.call(FACILITATOR, { method: "archives.import", input: { uploadId: "upl_archive2", mode: "original" }, commandId: "cmd_import_orig" });
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict", message: "This event is already here. Import it as a copy, or cancel." } });
    const copy = callOk(a, FACILITATOR, "archives.import", { uploadId: "upl_archive2", mode: "copy", copyId: "evt_elmcopy1" });
    expect(copy).toMatchObject({ id: "evt_elmcopy1", title: "Elm Road listening event (copy)" });
    const original = comparable(a, event.id);
    const copied = comparable(a, copy.id);
    expect(copied.lists.note!.map((n) => (n as { text: string }).text)).toEqual(original.lists.note!.map((n) => (n as { text: string }).text));
    expect(copied.lists.note!.map((n) => (n as { id: string }).id)).not.toContain((original.lists.note![0] as { id: string }).id);
    // Decisions follow the new ids: the copy's review is as complete as the original's.
    expect(copied.preview.replaceAll("Elm Road listening event (copy)", "Elm Road listening event")).toBe(original.preview);
  });

  it("refuses a damaged, edited, foreign or newer archive and changes nothing", async () => {
    const { bytes } = await exportedArchive();
    const b = rooms.start();
    const json = JSON.parse(bytes.toString("utf8")) as { version: number; content: { note: { text: string }[] } };
    const edited = structuredClone(json);
    edited.content.note[0]!.text = "Changed after export";
    const newer = { ...structuredClone(json), version: 2 };
    const cases: [string, Uint8Array, string][] = [
      ["upl_bad00001", bytes.subarray(0, bytes.length - 40), "not JSON"],
      ["upl_bad00002", Buffer.from(JSON.stringify(edited)), "checksum does not match"],
      ["upl_bad00003", Buffer.from('{"format":"something-else","version":1}'), "not a Hearth event archive"],
      ["upl_bad00004", Buffer.from(JSON.stringify(newer)), "newer version of Hearth"],
    ];
    for (const [id, data, msg] of cases) {
      upload(b, id, "archive", data);
      const res = b.room.call(FACILITATOR, { method: "archives.import", input: { uploadId: id, mode: "original" }, commandId: `cmd_${id}` });
      expect(res).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringContaining(msg) } });
    }
    expect(callOk(b, FACILITATOR, "events.list", {})).toEqual([]);
  });
});
