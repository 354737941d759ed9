import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import { startRoom } from "../../../src/server/start-room";
import { callOk, useRooms } from "../support/room-fixture";
import { adoptTopThree, HOOD, listeningToFinalRound } from "../support/thread-fixture";
import { upload } from "../support/uploads";
import { call, refusal } from "../support/voting-fixture";

type Room = ReturnType<ReturnType<typeof useRooms>["start"]>;

/** Sequence stamps are the room's own order and are given afresh on import; everything else must match. */
const strip = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "createdSeq" && k !== "updatedSeq" && k !== "enteredBy").map(([k, v]) => [k, strip(v)]));
  return value;
};

function storyOf(r: Room) {
  const first = listeningToFinalRound(r);
  const [safe, gp] = adoptTopThree(r, first.event.id).priorities;
  const hood = safe!.neighbourhoodId;
  const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: first.event.id, text: "Light the underpass", owner: "Council" });
  callOk(r, FACILITATOR, "priorities.linkAction", { actionId: action.id, priorityId: safe!.id });
  callOk(r, FACILITATOR, "priorities.progress", { id: newId(), actionId: action.id, on: "2026-07-10", text: "Letter sent", status: "in-progress" });
  callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: gp!.id, status: "partly-met", on: "2026-09-01" });
  callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, on: "2026-08-01", text: "New bench", photo: "data:image/png;base64,iVBORw0KGgo=" });
  const m = callOk(r, FACILITATOR, "measures.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, kind: "series", name: "A&E attendances", source: "Dashboard" });
  callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: m.id, on: "2026-06-30", value: 57 });
  callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: m.id, on: "2026-09-30", value: 41 });
  callOk(r, FACILITATOR, "experiments.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, title: "Lights on till 11", reviewOn: "2026-10-01" });
  const later = listeningToFinalRound(r, { date: "2026-11-14", title: "Elm Road autumn event" });
  callOk(r, FACILITATOR, "priorities.linkTheme", { themeId: later.themeIds["Safe streets"]!, priorityId: safe!.id });
  return { hood };
}

describe("a neighbourhood's archive", () => {
  const rooms = useRooms();

  it("moves the whole thread to another copy of Hearth and round-trips exactly; it survives a restart there", () => {
    const a = rooms.start();
    const { hood } = storyOf(a);
    const exported = callOk(a, FACILITATOR, "neighbourhoods.archive", { id: hood });
    const dir = rooms.tempDir();
    let b: Room = { ...startRoom(dir), dir };
    const uploadId = newId();
    upload(b, uploadId, "archive", Buffer.from(exported.json, "utf8"));
    expect(callOk(b, FACILITATOR, "neighbourhoods.importArchive", { uploadId }).name).toBe(HOOD);
    const threadA = callOk(a, FACILITATOR, "neighbourhoods.thread", { id: hood });
    const threadB = callOk(b, FACILITATOR, "neighbourhoods.thread", { id: hood });
    expect(strip({ ...threadB, seq: 0 })).toEqual(strip({ ...threadA, seq: 0 }));
    expect(threadB.priorities[0]!.timeline).toHaveLength(2);
    const again = JSON.parse(callOk(b, FACILITATOR, "neighbourhoods.archive", { id: hood }).json) as { content: unknown };
    expect(strip(again.content)).toEqual(strip((JSON.parse(exported.json) as { content: unknown }).content));

    // Restart the copy: everything is still there.
    b.close();
    b = { ...startRoom(dir), dir };
    try {
      expect(strip({ ...callOk(b, FACILITATOR, "neighbourhoods.thread", { id: hood }), seq: 0 })).toEqual(strip({ ...threadA, seq: 0 }));
    } finally {
      b.close();
    }
  });

  it("is refused, changing nothing, where the neighbourhood is already here, and when damaged", () => {
    const a = rooms.start();
    const { hood } = storyOf(a);
    const { json } = callOk(a, FACILITATOR, "neighbourhoods.archive", { id: hood });
    const same = newId();
    upload(a, same, "archive", Buffer.from(json, "utf8"));
    expect(refusal(call(a, FACILITATOR, "neighbourhoods.importArchive", { uploadId: same }))).toMatch(/already here/);
    const b = rooms.start();
    const damaged = newId();
    upload(b, damaged, "archive", Buffer.from(json.replace("Lights on till 11", "Lights on till 12"), "utf8"));
    expect(refusal(call(b, FACILITATOR, "neighbourhoods.importArchive", { uploadId: damaged }))).toMatch(/checksum/);
    expect(callOk(b, FACILITATOR, "neighbourhoods.directory", {}).neighbourhoods).toEqual([]);
  });

  it("survives a backup and a restore: the thread is as it was when backed up", async () => {
    const r = rooms.start();
    const { hood } = storyOf(r);
    const before = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: hood });
    const backup = await r.store.backup();
    const gp = before.priorities[1]!.priority.id;
    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: gp, status: "met", on: "2026-12-01" });
    callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, on: "2026-12-02", text: "Only after the backup" });
    const res = await r.room.callTask(FACILITATOR, { method: "data.restore", input: { name: backup.name } });
    expect(res.ok).toBe(true);
    const after = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: hood });
    expect({ ...after, seq: 0 }).toEqual({ ...before, seq: 0 });
  });
});
