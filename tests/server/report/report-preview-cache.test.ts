import { describe, expect, it } from "vitest";
import { cachedReportPreview } from "../../../src/server/report/preview-cache";
import { FACILITATOR } from "../../../src/server/room/actor";
import { seedElmRoad } from "../support/elm-road-room";
import { callOk, useRooms } from "../support/room-fixture";

describe("the report preview is built again only when something it shows has changed", () => {
  const rooms = useRooms();

  it("answers a second ask from what it built, and builds afresh after a note, a draft edit, a name, or a change to last time's actions", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const first = cachedReportPreview(r.db, event.id);
    expect(cachedReportPreview(r.db, event.id)).toBe(first);
    // Asking through the room gives the same report.
    expect(callOk(r, FACILITATOR, "reports.preview", { eventId: event.id }).html).toBe(first.html);

    callOk(r, FACILITATOR, "notes.add", { id: "note_cache_test1", eventId: event.id, text: "The Kestrel Underpass floods every winter" });
    const afterNote = cachedReportPreview(r.db, event.id);
    expect(afterNote).not.toBe(first);
    expect(afterNote.html).toContain("The Kestrel Underpass floods every winter");
    expect(cachedReportPreview(r.db, event.id)).toBe(afterNote);

    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "footer", text: "Northfield Community Partnership" } });
    const afterEdit = cachedReportPreview(r.db, event.id);
    expect(afterEdit).not.toBe(afterNote);
    expect(afterEdit.html).toContain("Northfield Community Partnership");

    callOk(r, FACILITATOR, "reports.addName", { name: "Kestrel Underpass" });
    const afterName = cachedReportPreview(r.db, event.id);
    expect(afterName).not.toBe(afterEdit);
    expect(afterName.findings.some((f) => f.match === "Kestrel Underpass")).toBe(true);

    callOk(r, FACILITATOR, "actions.update", { id: "act_prev_0xxx", status: "done", update: "Shelter fitted in January" });
    const afterPrevious = cachedReportPreview(r.db, event.id);
    expect(afterPrevious).not.toBe(afterName);
    expect(afterPrevious.html).toContain("Shelter fitted in January");
  });
});
