import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../../../../src/server/room/actor";
import { prioritiesFor } from "../../../../src/server/report/priorities";
import { callOk, useRooms } from "../../support/room-fixture";
import { call, createRound, NOTETAKER, votingEvent } from "../../support/voting-fixture";

describe("final means final", () => {
  const rooms = useRooms();

  it("lets only the facilitator correct paper counts once a round is revealed and final, keeps each correction and says so in the report", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { blind: false });
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    callOk(r, NOTETAKER, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 4 });
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    callOk(r, FACILITATOR, "rounds.reveal", { roundId: round.id });
    callOk(r, FACILITATOR, "rounds.markFinal", { roundId: round.id, final: true });
    expect(prioritiesFor(r.db, event.id)?.howItRan).not.toMatch(/corrected/);

    for (const dots of [500, 900]) {
      expect(call(r, NOTETAKER, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots })).toMatchObject({
        ok: false,
        error: { code: "forbidden", message: expect.stringMatching(/final.*only the facilitator/) },
      });
    }
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).paperCount.map((p) => p.dots)).toEqual([4]);

    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 5 });
    const log = callOk(r, FACILITATOR, "votes.paperLog", { roundId: round.id });
    expect(log.map((e) => [e.dots, e.previous, e.enteredBy])).toEqual([
      [4, null, NOTETAKER.deviceId],
      [5, 4, FACILITATOR.deviceId],
    ]);
    const priorities = prioritiesFor(r.db, event.id);
    expect(priorities?.items.find((i) => i.paperDots > 0)?.paperDots).toBe(5);
    expect(priorities?.howItRan).toMatch(/After the results were shown, 1 paper count was corrected/);
  });
});
