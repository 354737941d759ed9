import { describe, expect, it } from "vitest";
import { noteVotesFor, prioritiesFor } from "../../../src/server/report/priorities";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { createRound, phone, votingEvent } from "../support/voting-fixture";

describe("the report's priorities come from the final round, else the last revealed one", () => {
  const rooms = useRooms();

  it("is empty until a round is revealed, says so when it is not marked final, then ranks its items with dots, voters and the phone/paper split", () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const round = createRound(r, event.id, { blind: true, dotsPerVoter: 3, maxPerItem: 2 });
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    callOk(r, phone(1), "votes.set", { roundId: round.id, itemId: ids[1]!, dots: 2 });
    callOk(r, phone(2), "votes.set", { roundId: round.id, itemId: ids[1]!, dots: 1 });
    callOk(r, phone(2), "votes.set", { roundId: round.id, itemId: ids[5]!, dots: 2 });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[0]!, dots: 3 });
    callOk(r, FACILITATOR, "votes.paper", { roundId: round.id, itemId: ids[5]!, dots: 1 });
    expect(prioritiesFor(r.db, event.id)).toBeNull();
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    callOk(r, FACILITATOR, "rounds.reveal", { roundId: round.id });
    // Revealed but not marked final: its results, and the method note says whose they are.
    const shown = prioritiesFor(r.db, event.id)!;
    expect(shown.final).toBe(false);
    expect(shown.howItRan).toMatch(/^No round was marked final, so these are the results of the last round whose results were shown\. Everyone had 3 dots/);
    callOk(r, FACILITATOR, "rounds.markFinal", { roundId: round.id, final: true });

    const p = prioritiesFor(r.db, event.id)!;
    expect(p.final).toBe(true);
    expect(p.howItRan).not.toContain("No round was marked final");
    expect(p.roundTitle).toBe("Residents' round");
    expect(p.howItRan).toContain("Everyone had 3 dots, at most 2 on one item");
    expect(p.howItRan).toContain("2 people voted on phones or at the laptop (5 dots), and 4 dots were placed on paper");
    expect(p.items.slice(0, 3).map((i) => [i.label, i.dots, i.voters, i.phoneDots, i.paperDots, i.rank, i.tied])).toEqual([
      ["Lifts broken for weeks", 3, 2, 3, 0, 1, true],
      ["No shelter at the bus stop", 3, 0, 0, 3, 1, true],
      ["لا توجد إضاءة في الحديقة ليلاً", 3, 1, 2, 1, 1, true],
    ]);
    expect(noteVotesFor(r.db, event.id)?.get(ids[5]!)).toEqual({ dots: 3, phoneDots: 2, paperDots: 1 });
    // The report's own section shows them, counts and all.
    const html = callOk(r, FACILITATOR, "reports.preview", { eventId: event.id }).html;
    expect(html).toContain("Residents&#39; round");
    expect(html).toContain("Lifts broken for weeks");
  });
});
