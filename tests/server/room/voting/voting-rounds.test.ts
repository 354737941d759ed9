import { describe, expect, it, vi } from "vitest";
import { notes } from "../../../../src/server/db/repos/notes";
import { FACILITATOR } from "../../../../src/server/room/actor";
import { callOk, useRooms } from "../../support/room-fixture";
import { addTheme, call, countRows, createRound, phone, refusal, resultsSeenBy, votingEvent } from "../../support/voting-fixture";

describe("voting rounds", () => {
  const rooms = useRooms();

  it("creates a draft round over the notes in scope, and changes its settings only while it is a draft", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { timerMinutes: 5 });
    expect(round).toMatchObject({ status: "draft", items: ids, fixedItems: false, blind: true, final: false, timer: { durationMs: 300_000, startedAt: null } });
    const updated = callOk(r, FACILITATOR, "rounds.update", { roundId: round.id, dotsPerVoter: 2, maxPerItem: 1, title: "  Steering group  " });
    expect(updated).toMatchObject({ dotsPerVoter: 2, maxPerItem: 1, title: "Steering group" });
    // A note added before the round opens is in it: a draft follows its scope until then.
    callOk(r, FACILITATOR, "notes.add", { id: "note_late0001", eventId: event.id, text: "Added late" });
    expect(callOk(r, FACILITATOR, "rounds.open", { roundId: round.id }).items).toEqual([...ids, "note_late0001"]);
    expect(refusal(call(r, FACILITATOR, "rounds.update", { roundId: round.id, dotsPerVoter: 4 }))).toMatch(/has started/);
  });

  it("refuses settings that cannot work, and changes nothing", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const before = countRows(r, "change");
    expect(refusal(call(r, FACILITATOR, "rounds.create", { id: "round_bad00001", eventId: event.id, title: "x", target: "notes", dotsPerVoter: 2, maxPerItem: 3 }))).toMatch(
      /cannot be more than the dots each person has/,
    );
    expect(refusal(call(r, FACILITATOR, "rounds.create", { id: "round_bad00002", eventId: event.id, title: "", target: "notes", dotsPerVoter: 2, maxPerItem: 1 }))).toMatch(/name is empty/);
    expect(refusal(call(r, FACILITATOR, "rounds.create", { id: "round_bad00003", eventId: event.id, title: "x", target: "notes", dotsPerVoter: 2.5, maxPerItem: 1 }))).toMatch(/whole number/);
    expect(refusal(call(r, FACILITATOR, "rounds.create", { id: "round_bad00004", eventId: event.id, title: "x", target: "notes", dotsPerVoter: 2, maxPerItem: 1, items: ["note_missing1"] }))).toMatch(/still on the board/);
    expect(refusal(call(r, FACILITATOR, "rounds.create", { id: "round_bad00005", eventId: event.id, title: "x", target: "notes", dotsPerVoter: 2, maxPerItem: 1, themeIds: ["theme_none01"] }))).toMatch(/not in this event/);
    expect(call(r, phone(1), "rounds.create", { id: "round_bad00006", eventId: event.id, title: "x", target: "notes", dotsPerVoter: 2, maxPerItem: 1 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    // Too many dots for the items: refused when it opens, and it stays a draft.
    const small = createRound(r, event.id, { items: ids.slice(0, 2), dotsPerVoter: 3, maxPerItem: 1 });
    expect(refusal(call(r, FACILITATOR, "rounds.open", { roundId: small.id }))).toBe("With 2 items and at most 1 dot on each, a person can place only 2 dots, not 3.");
    expect(countRows(r, "change")).toBe(before + 1); // the one create that fits
    expect(resultsSeenBy(r, FACILITATOR, event.id, small.id).status).toBe("draft");
  });

  it("moves open ⇄ paused → closed → revealed, and refuses the moves that make no sense", () => {
    const r = rooms.start();
    const { event } = votingEvent(r);
    const round = createRound(r, event.id);
    const move = (m: "rounds.open" | "rounds.pause" | "rounds.close" | "rounds.reveal") => call(r, FACILITATOR, m, { roundId: round.id });
    expect(refusal(move("rounds.reveal"))).toBe("This round is not open yet, so it cannot be made revealed.");
    expect(refusal(move("rounds.close"))).toMatch(/not open yet/);
    expect(move("rounds.open")).toMatchObject({ ok: true, value: { status: "open" } });
    expect(move("rounds.pause")).toMatchObject({ ok: true, value: { status: "paused" } });
    expect(move("rounds.open")).toMatchObject({ ok: true, value: { status: "open" } });
    expect(refusal(move("rounds.reveal"))).toMatch(/This round is open/);
    expect(move("rounds.close")).toMatchObject({ ok: true, value: { status: "closed" } });
    expect(move("rounds.open")).toMatchObject({ ok: true, value: { status: "open" } }); // reopened by mistake or on purpose
    expect(move("rounds.close")).toMatchObject({ ok: true });
    expect(move("rounds.reveal")).toMatchObject({ ok: true, value: { status: "revealed" } });
    expect(refusal(move("rounds.open"))).toMatch(/revealed/);
    // Asking for the status it already has changes nothing.
    const changes = countRows(r, "change");
    expect(move("rounds.reveal")).toMatchObject({ ok: true });
    expect(countRows(r, "change")).toBe(changes);
  });

  it("runs the timer in server time and refuses dots once it has run out", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-11-14T18:00:00Z"));
      const r = rooms.start();
      const { event, ids } = votingEvent(r);
      const round = createRound(r, event.id, { timerMinutes: 2 });
      callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
      vi.setSystemTime(new Date("2026-11-14T18:01:00Z"));
      const paused = callOk(r, FACILITATOR, "rounds.pause", { roundId: round.id });
      expect(paused.timer).toEqual({ durationMs: 120_000, startedAt: null, elapsedMs: 60_000 });
      vi.setSystemTime(new Date("2026-11-14T18:30:00Z")); // time paused does not count
      callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
      vi.setSystemTime(new Date("2026-11-14T18:30:59Z"));
      callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[0]! });
      vi.setSystemTime(new Date("2026-11-14T18:31:00Z"));
      expect(refusal(call(r, phone(1), "votes.add", { roundId: round.id, itemId: ids[0]! }))).toBe("Time is up for this round.");
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the same timer arithmetic as the run sheet: a round closed long after its time ran out counts its time, not the overrun", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-11-14T18:00:00Z"));
      const r = rooms.start();
      const { event } = votingEvent(r);
      const round = createRound(r, event.id, { timerMinutes: 1 });
      callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
      vi.setSystemTime(new Date("2026-11-14T18:05:00Z"));
      const closed = callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
      expect(closed.timer).toEqual({ durationMs: 60_000, startedAt: null, elapsedMs: 60_000 });
      // Opened again it runs from the full minute.
      const reopened = callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
      expect(reopened.timer).toEqual({ durationMs: 60_000, startedAt: Date.now(), elapsedMs: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("duplicates a round as a runoff among its top items, ties at the cut included", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { dotsPerVoter: 4, maxPerItem: 2 });
    expect(refusal(call(r, FACILITATOR, "rounds.duplicate", { id: "round_runoff01", roundId: round.id, topN: 2 }))).toMatch(/Close this round/);
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 9 });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[3]!, dots: 4 });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[4]!, dots: 4 });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[1]!, dots: 1 });
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    const runoff = callOk(r, FACILITATOR, "rounds.duplicate", { id: "round_runoff01", roundId: round.id, topN: 2 });
    expect(runoff).toMatchObject({ status: "draft", title: "Runoff of the top 2", runoffOf: round.id, fixedItems: true, blind: true, dotsPerVoter: 1, maxPerItem: 1 });
    expect(runoff.items).toEqual([ids[0], ids[3], ids[4]]);
    // Sent again (a lost ack) it is the same round.
    expect(callOk(r, FACILITATOR, "rounds.duplicate", { id: "round_runoff01", roundId: round.id, topN: 2 })).toEqual(runoff);
    const copy = callOk(r, FACILITATOR, "rounds.duplicate", { id: "round_copy0001", roundId: round.id, topN: null });
    expect(copy).toMatchObject({ title: "Copy of Residents' round", items: ids, dotsPerVoter: 4, status: "draft" });
  });

  it("marks one revealed round as final per event", () => {
    const r = rooms.start();
    const { event } = votingEvent(r);
    const first = createRound(r, event.id);
    const second = createRound(r, event.id);
    expect(refusal(call(r, FACILITATOR, "rounds.markFinal", { roundId: first.id, final: true }))).toMatch(/Reveal/);
    for (const round of [first, second]) for (const m of ["rounds.open", "rounds.close", "rounds.reveal"] as const) callOk(r, FACILITATOR, m, { roundId: round.id });
    callOk(r, FACILITATOR, "rounds.markFinal", { roundId: first.id, final: true });
    callOk(r, FACILITATOR, "rounds.markFinal", { roundId: second.id, final: true });
    const snap = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    expect(snap.round.map((x) => [x.id, x.final])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
  });

  it("votes on themes, and a vote on a merged note counts for the survivor", () => {
    const r = rooms.start();
    const { event, notes: added } = votingEvent(r);
    addTheme(r, event.id, "theme_housing", "Housing", 2);
    addTheme(r, event.id, "theme_transport", "Transport", 1);
    const themed = createRound(r, event.id, { target: "themes", dotsPerVoter: 2, maxPerItem: 2 });
    expect(themed.items).toEqual(["theme_transport", "theme_housing"]);
    callOk(r, FACILITATOR, "rounds.open", { roundId: themed.id });
    callOk(r, phone(1), "votes.set", { roundId: themed.id, itemId: "theme_housing", dots: 2 });
    expect(resultsSeenBy(r, FACILITATOR, event.id, themed.id).items[0]).toMatchObject({ label: "Housing", dots: 2, voters: 1 });

    const round = createRound(r, event.id, { dotsPerVoter: 3, maxPerItem: 2 });
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    const [a, b] = added as [(typeof added)[0], (typeof added)[0]];
    callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: b.id });
    callOk(r, phone(2), "votes.add", { roundId: round.id, itemId: a.id });
    callOk(r, phone(2), "votes.add", { roundId: round.id, itemId: b.id });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: b.id, dots: 5 });
    // The board work's notes.merge sets mergedInto; until it lands, the repository does.
    notes.update(r.db, { ...b, mergedInto: a.id });
    const results = resultsSeenBy(r, FACILITATOR, event.id, round.id);
    expect(results.items.find((i) => i.itemId === a.id)).toMatchObject({ dots: 8, voters: 2, paperDots: 5, phoneDots: 3 });
    expect(results.items.find((i) => i.itemId === b.id)).toBeUndefined();
    // A phone still showing the merged note votes for the survivor, and its cap counts both.
    expect(refusal(call(r, phone(2), "votes.add", { roundId: round.id, itemId: b.id }))).toBe("You can put at most 2 dots on one item.");
    expect(callOk(r, phone(1), "votes.add", { roundId: round.id, itemId: b.id }).dots).toEqual([{ itemId: a.id, dots: 2 }]);
    // Typing the survivor's paper count takes in the merged note's.
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: a.id, dots: 6 });
    expect(resultsSeenBy(r, FACILITATOR, event.id, round.id).items.find((i) => i.itemId === a.id)?.paperDots).toBe(6);
  });
});
