import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { placeFeedId, type Change } from "../../../src/core";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { adoptTopThree, listeningToFinalRound } from "../support/thread-fixture";

describe("a neighbourhood's and a partnership's pages follow their thread live", () => {
  const rooms = useRooms();

  it("the facilitator follows a neighbourhood's feed and a partnership's: a status, an action tied to a priority and its progress line (recorded in an event's feed) arrive at both", async () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    const hood = safe!.neighbourhoodId;
    const partnership = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: hood }).partnership!;
    const seq = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: hood }).seq;
    const onHood: Change[] = [];
    const onPartnership: Change[] = [];
    const a = r.room.subscribe(FACILITATOR, placeFeedId(hood), seq, (c) => onHood.push(c));
    const b = r.room.subscribe(FACILITATOR, placeFeedId(partnership.id), seq, (c) => onPartnership.push(c));
    expect(a.ok && b.ok).toBe(true);

    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: safe!.id, status: "met", on: "2026-09-01" });
    const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: event.id, text: "Light the underpass" });
    callOk(r, FACILITATOR, "priorities.linkAction", { actionId: action.id, priorityId: safe!.id });
    callOk(r, FACILITATOR, "priorities.progress", { id: newId(), actionId: action.id, on: "2026-09-02", text: "Lights ordered" });
    await new Promise((done) => setImmediate(done)); // pushed after each command commits
    const kinds = (cs: Change[]) => cs.flatMap((c) => c.upserts.map((u) => u.kind));
    expect(kinds(onHood)).toEqual(expect.arrayContaining(["priorityStatus", "actionLink", "action", "progress"]));
    expect(kinds(onPartnership)).toEqual(expect.arrayContaining(["priorityStatus", "progress"]));
    for (const c of onHood) expect(c.eventId).toBe(hood);
    // Each change once, in order.
    const seqs = onHood.map((c) => c.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
  });

  it("a device may not follow a neighbourhood's feed; an id that is no feed is not found", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    const phone: Actor = { deviceId: "phone-1", role: "notetaker", eventId: event.id };
    const wall: Actor = { deviceId: "wall", role: "projector", eventId: event.id };
    for (const actor of [phone, wall]) expect(r.room.subscribe(actor, placeFeedId(safe!.neighbourhoodId), 0, () => undefined)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(r.room.subscribe(FACILITATOR, placeFeedId("no-such-feed-0001"), 0, () => undefined)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
