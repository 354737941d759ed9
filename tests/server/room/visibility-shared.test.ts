import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/core";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { createRound, phone, PROJECTOR, votingEvent } from "../support/voting-fixture";

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe("what each screen is pushed of a dot in a blind round", () => {
  const rooms = useRooms();

  it("is one shared object for every screen that sees the same part (turned into JSON once), and the voter's own part apart", async () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { blind: true });
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    const pushed = new Map<string, Change[]>();
    const { seq } = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    const follow = (name: string, actor: Actor) => {
      pushed.set(name, []);
      const sub = r.room.subscribe(actor, event.id, seq, (c) => pushed.get(name)!.push(c));
      if (!sub.ok) throw new Error(sub.error.message);
    };
    for (const n of [1, 2, 3]) follow(`phone${n}`, phone(n));
    follow("wall", PROJECTOR);
    follow("facilitator", FACILITATOR);
    callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[0]! });
    await settle();

    const one = (name: string) => {
      const list = pushed.get(name)!;
      expect(list, name).toHaveLength(1);
      return list[0]!;
    };
    // Phones 2 and 3 and the wall: the turnout only, as the very same object.
    expect(one("phone2").upserts.map((u) => u.kind)).toEqual(["turnout"]);
    expect(one("phone3")).toBe(one("phone2"));
    expect(one("wall")).toBe(one("phone2"));
    // The voter sees its own sealed ballot too; the facilitator sees the change whole.
    expect(one("phone1").upserts.map((u) => u.kind)).toEqual(["ballot", "turnout"]);
    expect(one("phone1")).not.toBe(one("phone2"));
    expect(one("facilitator").upserts.map((u) => u.kind)).toEqual(["ballot", "turnout"]);
  });
});
