import { describe, expect, it } from "vitest";
import type { Change, EntityKind, EventId } from "../../../../src/core";
import { FACILITATOR, type Actor } from "../../../../src/server/room/actor";
import { callOk, useRooms } from "../../support/room-fixture";
import { createRound, NOTETAKER, phone, PROJECTOR, resultsSeenBy, votingEvent } from "../../support/voting-fixture";

/** Follows an event as an actor and keeps what the room sent it. */
function follow(r: ReturnType<ReturnType<typeof useRooms>["start"]>, actor: Actor, eventId: EventId, sinceSeq = 0) {
  const seen: Change[] = [];
  const sub = r.room.subscribe(actor, eventId, sinceSeq, (c) => seen.push(c));
  if (!sub.ok) throw new Error(sub.error.message);
  const kinds = (kind: EntityKind) => seen.flatMap((c) => c.upserts.filter((u) => u.kind === kind).map((u) => u.value));
  return { seen, kinds };
}

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe("blind rounds", () => {
  const rooms = useRooms();

  function votedBlind() {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { dotsPerVoter: 3, maxPerItem: 2, blind: true });
    const watchers = {
      facilitator: follow(r, FACILITATOR, event.id),
      phone1: follow(r, phone(1), event.id),
      phone2: follow(r, phone(2), event.id),
      projector: follow(r, PROJECTOR, event.id),
      notetaker: follow(r, NOTETAKER, event.id),
    };
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    const own1 = callOk(r, phone(1), "votes.set", { roundId: round.id, itemId: ids[0]!, dots: 2 });
    const own2 = callOk(r, phone(2), "votes.add", { roundId: round.id, itemId: ids[1]! });
    callOk(r, FACILITATOR, "votes.castFor", { roundId: round.id, voterId: "laptop_voter1", dots: [{ itemId: ids[2]!, dots: 1 }] });
    callOk(r, NOTETAKER, "votes.paper", { roundId: round.id, itemId: ids[1]!, dots: 7 });
    return { r, event, ids, round, watchers, own1, own2 };
  }

  it("shows nobody but the facilitator more than the number of voters and dots until revealed; a phone sees its own dots", async () => {
    const { r, event, round, watchers, own1, own2 } = votedBlind();
    await settle();
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    expect(new Set(ids(watchers.facilitator.kinds("ballot") as { id: string }[])).size).toBe(3);
    expect(watchers.facilitator.kinds("paperCount")).toHaveLength(1);
    expect(ids(watchers.phone1.kinds("ballot") as { id: string }[])).toEqual([own1.id]);
    expect(ids(watchers.phone2.kinds("ballot") as { id: string }[])).toEqual([own2.id]);
    for (const w of [watchers.phone1, watchers.phone2, watchers.projector]) expect(w.kinds("paperCount")).toEqual([]);
    expect(watchers.projector.kinds("ballot")).toEqual([]);
    expect(watchers.notetaker.kinds("ballot")).toEqual([]);
    expect(watchers.notetaker.kinds("paperCount")).toHaveLength(1); // the helpers who type paper counts see them
    // Everyone sees how many have voted and how many dots are down.
    for (const w of Object.values(watchers)) expect(w.kinds("turnout").at(-1)).toEqual({ id: round.id, eventId: event.id, voters: 3, dots: 11, phoneVoters: 2, paperDots: 7 });

    // Snapshots keep the same secret.
    const projector = callOk(r, PROJECTOR, "events.snapshot", { eventId: event.id });
    expect([projector.ballot, projector.paperCount]).toEqual([[], []]);
    expect(projector.turnout).toEqual([{ id: round.id, eventId: event.id, voters: 3, dots: 11, phoneVoters: 2, paperDots: 7 }]);
    expect(callOk(r, phone(1), "events.snapshot", { eventId: event.id }).ballot).toEqual([own1]);
    expect(resultsSeenBy(r, PROJECTOR, event.id, round.id).dots).toBe(0);
    expect(resultsSeenBy(r, FACILITATOR, event.id, round.id).dots).toBe(11);
  });

  it("reveals everything at once to every screen, and to screens that join later", async () => {
    const { r, event, round, watchers } = votedBlind();
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    callOk(r, FACILITATOR, "rounds.reveal", { roundId: round.id });
    await settle();
    const reveal = watchers.projector.seen.at(-1)!;
    expect(reveal.command).toBe("rounds.reveal");
    expect(reveal.upserts.map((u) => u.kind).sort()).toEqual(["ballot", "ballot", "ballot", "paperCount", "round"]);
    const full = resultsSeenBy(r, FACILITATOR, event.id, round.id);
    expect(full).toMatchObject({ voters: 3, dots: 11, phoneDots: 3, laptopDots: 1, paperDots: 7 });
    for (const who of [PROJECTOR, phone(1), phone(3), NOTETAKER]) expect(resultsSeenBy(r, who, event.id, round.id)).toEqual(full);
    const late = follow(r, phone(3), event.id, 0);
    expect(late.kinds("ballot").filter((b) => !(b as { sealed: boolean }).sealed)).toHaveLength(3);
    expect(late.kinds("paperCount").filter((b) => !(b as { sealed: boolean }).sealed)).toHaveLength(1);
  });

  it("in an open round, shows every screen the ballots as they come", async () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { blind: false });
    const projector = follow(r, PROJECTOR, event.id);
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[0]! });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 2 });
    await settle();
    expect(projector.kinds("ballot")).toHaveLength(1);
    expect(resultsSeenBy(r, phone(2), event.id, round.id).items[0]).toMatchObject({ itemId: ids[0], dots: 3, voters: 1 });
  });
});
