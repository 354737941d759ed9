import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { applyRetention } from "../../../src/server/data/retention";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { adoptTopThree, listeningToFinalRound } from "../support/thread-fixture";

type Room = ReturnType<ReturnType<typeof useRooms>["start"]>;
const QUOTE = "The underpass is dark after six";
const anywhere = (r: Room, words: string) =>
  (r.db.prepare(`SELECT (SELECT COUNT(*) FROM change WHERE payload LIKE ?) + (SELECT COUNT(*) FROM applied_command WHERE result LIKE ?) + (SELECT COUNT(*) FROM priority_quote WHERE text LIKE ?) AS n`).get(`%${words}%`, `%${words}%`, `%${words}%`) as { n: number }).n;

describe("retention and deletion treat quotes and photos as notes", () => {
  const rooms = useRooms();

  it("deletes a priority's quotes with its event's notes when they pass their keeping time; the priority stays", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    expect(anywhere(r, QUOTE)).toBeGreaterThan(0);
    callOk(r, FACILITATOR, "events.setRetention", { eventId: event.id, months: 1 });
    applyRetention(r.room, "2027-01-01");
    expect(anywhere(r, QUOTE)).toBe(0);
    const thread = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: safe!.neighbourhoodId });
    expect(thread.priorities.map((p) => [p.priority.title, p.priority.quotes.length])).toEqual([
      ["Safe streets", 0],
      ["GP access", 0],
      ["Young people", 0],
    ]);
  });

  it("deletes the quotes with the event, and a deleted win's photo from the feed", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    const photo = "data:image/png;base64,aGVhcnRoLXBob3RvLW9mLWEtcmVzaWRlbnQ=";
    const win = callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: safe!.neighbourhoodId, on: "2026-09-01", text: "Bench", photo });
    expect(anywhere(r, photo.slice(-20))).toBeGreaterThan(0);
    callOk(r, FACILITATOR, "wins.delete", { id: win.id });
    expect(anywhere(r, photo.slice(-20))).toBe(0);
    callOk(r, FACILITATOR, "events.delete", { eventId: event.id, confirmTitle: event.title });
    expect(anywhere(r, QUOTE)).toBe(0);
  });
});
