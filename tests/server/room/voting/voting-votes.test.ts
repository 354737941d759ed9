import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../../../../src/server/room/actor";
import { callOk, useRooms } from "../../support/room-fixture";
import { call, countRows, createRound, NOTETAKER, phone, refusal, resultsSeenBy, votingEvent } from "../../support/voting-fixture";

function openRound(r: ReturnType<ReturnType<typeof useRooms>["start"]>, over: Parameters<typeof createRound>[2] = {}) {
  const setup = votingEvent(r);
  const round = createRound(r, setup.event.id, over);
  callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
  return { ...setup, round };
}

describe("phone votes", () => {
  const rooms = useRooms();

  it("add, remove and set dots on a ballot keyed by the device, answering with the whole ballot", () => {
    const r = rooms.start();
    const { round, ids, event } = openRound(r);
    const [a, b] = [ids[0]!, ids[1]!];
    callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: a });
    const ballot = callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: a });
    expect(ballot).toMatchObject({ source: "phone", roundId: round.id, dots: [{ itemId: a, dots: 2 }], sealed: true });
    expect(ballot.id).not.toContain("phone-device-1"); // opaque: not the device id
    expect(callOk(r, phone(1), "votes.set", { roundId: round.id, itemId: b, dots: 1 }).dots).toEqual([{ itemId: a, dots: 2 }, { itemId: b, dots: 1 }]);
    expect(callOk(r, phone(1), "votes.remove", { roundId: round.id, itemId: a }).dots).toEqual([{ itemId: a, dots: 1 }, { itemId: b, dots: 1 }]);
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id })).toEqual(callOk(r, phone(1), "votes.mine", { roundId: round.id }));
    expect(callOk(r, phone(2), "votes.mine", { roundId: round.id })).toMatchObject({ dots: [] });
    callOk(r, phone(2), "votes.add", { roundId: round.id, itemId: a });
    const results = resultsSeenBy(r, FACILITATOR, event.id, round.id);
    expect(results).toMatchObject({ voters: 2, dots: 3, phoneDots: 3 });
    expect(results.items[0]).toMatchObject({ itemId: a, dots: 2, voters: 2 });
  });

  it("counts a command replayed after a dropped connection once", () => {
    const r = rooms.start();
    const { round, ids } = openRound(r);
    const first = callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[0]! }, "cmd_dot_0001");
    const changes = countRows(r, "change");
    const replay = callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[0]! }, "cmd_dot_0001");
    expect(replay).toEqual(first);
    expect(countRows(r, "change")).toBe(changes);
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id }).dots).toEqual([{ itemId: ids[0], dots: 1 }]);
    // The same command id from another device is that device's own command.
    callOk(r, phone(2), "votes.add", { roundId: round.id, itemId: ids[0]! }, "cmd_dot_0001");
    expect(resultsSeenBy(r, FACILITATOR, round.eventId, round.id).dots).toBe(2);
  });

  it("refuses past the caps, outside the round, or while it is not open, with a message a phone can show, and changes nothing", () => {
    const r = rooms.start();
    const { round, ids, event } = openRound(r, { dotsPerVoter: 3, maxPerItem: 2 });
    const add = (itemId: string, who = phone(1)) => call(r, who, "votes.add", { roundId: round.id, itemId });
    add(ids[0]!);
    add(ids[0]!);
    add(ids[1]!);
    const changes = countRows(r, "change");
    expect(refusal(add(ids[2]!))).toBe("You have placed all 3 of your dots. Take one off another item to move it.");
    expect(add(ids[0]!, phone(2))).toMatchObject({ ok: true }); // a second phone is a second voter, with its own dots
    expect(refusal(call(r, phone(2), "votes.set", { roundId: round.id, itemId: ids[0]!, dots: 3 }))).toBe("You can put at most 2 dots on one item.");
    expect(refusal(call(r, phone(3), "votes.remove", { roundId: round.id, itemId: ids[0]! }))).toBe("You have no dot on this item to take off.");
    const elsewhere = callOk(r, FACILITATOR, "notes.add", { id: "note_other001", eventId: event.id, text: "Not in the round" });
    expect(refusal(add(elsewhere.id))).toBe("That item is not part of this vote.");
    expect(refusal(add("note_missing1"))).toBe("That item is no longer on the board.");
    // A voter cannot name another voter: the message has no such field.
    expect(call(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[3]!, voterId: "phone-device-9" } as never)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(call(r, phone(1), "votes.set", { roundId: round.id, itemId: ids[3]!, dots: 1.5 })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(call(r, FACILITATOR, "votes.add", { roundId: round.id, itemId: ids[3]! })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    callOk(r, FACILITATOR, "rounds.pause", { roundId: round.id });
    expect(refusal(add(ids[3]!, phone(4)))).toMatch(/^Voting is paused/);
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    expect(refusal(add(ids[3]!, phone(4)))).toBe("Voting has closed.");
    expect(refusal(call(r, FACILITATOR, "votes.castFor", { roundId: round.id, voterId: "laptop_voter1", dots: [{ itemId: ids[0]!, dots: 1 }] }))).toBe("Voting has closed.");
    expect(refusal(call(r, phone(1), "votes.add", { roundId: "round_missing1", itemId: ids[0]! }))).toBe("That voting round does not exist.");
    // Only phone 2's dot, the note added outside the round, the pause and the close went in.
    expect(countRows(r, "change")).toBe(changes + 4);
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id }).dots).toEqual([{ itemId: ids[0], dots: 2 }, { itemId: ids[1], dots: 1 }]);
  });

  it("casts at the laptop for residents without a phone, each a separate anonymous voter", () => {
    const r = rooms.start();
    const { round, ids, event } = openRound(r, { dotsPerVoter: 3, maxPerItem: 2 });
    const castFor = (voterId: string, dots: { itemId: string; dots: number }[]) => call(r, FACILITATOR, "votes.castFor", { roundId: round.id, voterId, dots });
    expect(castFor("laptop_voter1", [{ itemId: ids[0]!, dots: 2 }, { itemId: ids[1]!, dots: 1 }])).toMatchObject({ ok: true, value: { source: "laptop" } });
    expect(castFor("laptop_voter2", [{ itemId: ids[0]!, dots: 1 }])).toMatchObject({ ok: true });
    expect(refusal(castFor("laptop_voter3", [{ itemId: ids[0]!, dots: 3 }]))).toBe("You can put at most 2 dots on one item.");
    expect(refusal(castFor("laptop_voter3", [{ itemId: ids[0]!, dots: 2 }, { itemId: ids[1]!, dots: 2 }]))).toBe("That is 4 dots; each person has 3 dots in this round.");
    expect(refusal(castFor("laptop_voter3", [{ itemId: ids[0]!, dots: 1 }, { itemId: ids[0]!, dots: 1 }]))).toMatch(/listed twice/);
    expect(call(r, phone(1), "votes.castFor", { roundId: round.id, voterId: "laptop_voter4", dots: [] })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    // Correcting a resident's ballot before they leave the laptop replaces it.
    castFor("laptop_voter2", [{ itemId: ids[2]!, dots: 1 }]);
    const results = resultsSeenBy(r, FACILITATOR, event.id, round.id);
    expect(results).toMatchObject({ voters: 2, dots: 4, laptopDots: 4, phoneDots: 0 });
    expect(results.items.map((i) => [i.itemId, i.dots, i.voters]).slice(0, 3)).toEqual([
      [ids[0], 2, 1],
      [ids[2], 1, 1], // tied items follow each other in label order: "GP phone queue", "Lifts broken for weeks"
      [ids[1], 1, 1],
    ]);
  });
});

describe("paper counts", () => {
  const rooms = useRooms();

  it("takes whole numbers in a sane range from the facilitator and note-takers only", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id);
    const paper = (dots: unknown, who = FACILITATOR) => call(r, who, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots } as never);
    expect(refusal(paper(3))).toBe("Open the round before typing in paper counts.");
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    expect(refusal(paper(-1))).toMatch(/cannot be negative/);
    expect(refusal(paper(2.5))).toMatch(/whole number/);
    expect(refusal(paper(1000))).toMatch(/at most 999/);
    expect(refusal(paper("4"))).toMatch(/must be a number/);
    expect(paper(4, phone(1))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(paper(4, NOTETAKER)).toMatchObject({ ok: true, value: { dots: 4, enteredBy: NOTETAKER.deviceId } });
    expect(resultsSeenBy(r, FACILITATOR, event.id, round.id)).toMatchObject({ dots: 4, paperDots: 4, voters: 0 });
  });

  it("records each correction in the change feed, with who typed it and what it replaced", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id);
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    callOk(r, NOTETAKER, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 12 });
    callOk(r, NOTETAKER, "votes.paper", { roundId: round.id, itemId: ids[1]!, dots: 3 });
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    const changes = countRows(r, "change");
    callOk(r, NOTETAKER, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 12 }); // the same count again: no change
    expect(countRows(r, "change")).toBe(changes);
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 21 }); // a miscount, corrected after closing
    const log = callOk(r, NOTETAKER, "votes.paperLog", { roundId: round.id });
    expect(log.map(({ itemId, dots, previous, enteredBy }) => ({ itemId, dots, previous, enteredBy }))).toEqual([
      { itemId: ids[0], dots: 12, previous: null, enteredBy: NOTETAKER.deviceId },
      { itemId: ids[1], dots: 3, previous: null, enteredBy: NOTETAKER.deviceId },
      { itemId: ids[0], dots: 21, previous: 12, enteredBy: "facilitator" },
    ]);
    expect(log[2]!.seq).toBeGreaterThan(log[1]!.seq);
    expect(resultsSeenBy(r, FACILITATOR, event.id, round.id).items[0]).toMatchObject({ itemId: ids[0], dots: 21, paperDots: 21 });
    expect(call(r, phone(1), "votes.paperLog", { roundId: round.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
