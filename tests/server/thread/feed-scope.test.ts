import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/core";
import { changesSince, feedSince } from "../../../src/server/db/repos/changes";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

describe("the change feed's scope", () => {
  const rooms = useRooms();

  it("keeps a neighbourhood's changes out of an event's feed even when the two share an id", async () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const heard: Change[] = [];
    const sub = r.room.subscribe(FACILITATOR, event.id, 0, (c) => heard.push(c));
    const before = changesSince(r.db, event.id, 0).length;
    callOk(r, FACILITATOR, "neighbourhoods.create", { id: event.id, name: "Brook House" });
    await new Promise((resolve) => setTimeout(resolve, 10)); // pushed after the acknowledgement
    expect(changesSince(r.db, event.id, 0)).toHaveLength(before);
    expect(heard.flatMap((c) => c.upserts.map((u) => u.kind))).not.toContain("neighbourhood");
    expect(feedSince(r.db, { kind: "place", placeId: event.id }, 0).map((c) => [c.command, c.scope])).toEqual([["neighbourhoods.create", { kind: "place", placeId: event.id }]]);
    if (sub.ok) sub.value();
  });

  it("records an event's changes in the event's feed, addressed to its screens by its id", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "events.update", { id: event.id, venue: "The library" });
    expect(feedSince(r.db, { kind: "event", eventId: event.id }, 0).map((c) => c.scope)).toEqual([{ kind: "event", eventId: event.id }, { kind: "event", eventId: event.id }]);
    expect(changesSince(r.db, event.id, 0).map((c) => c.eventId)).toEqual([event.id, event.id]);
  });
});
