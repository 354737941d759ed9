import { describe, expect, it, vi } from "vitest";
import { joinMethodMaps } from "../../../src/api/distinct-methods";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

describe("method names defined twice", () => {
  it("join into one map when every name is distinct", () => {
    expect(joinMethodMaps("test", { "a.one": 1 }, { "a.two": 2 })).toEqual({ "a.one": 1, "a.two": 2 });
    expect(() => joinMethodMaps("test", { "a.one": 1 }, { "a.one": 2 })).toThrow('The method "a.one" is defined twice in the test.');
  });

  it("stop the contract from loading", async () => {
    vi.resetModules();
    vi.doMock("../../../src/api/methods/names", async (original) => {
      const real = await original<typeof import("../../../src/api/methods/names")>();
      const { eventMethods } = await import("../../../src/api/methods/events");
      return { ...real, nameMethods: { ...real.nameMethods, "events.create": eventMethods["events.create"] } };
    });
    await expect(import("../../../src/api/contract")).rejects.toThrow('The method "events.create" is defined twice in the contract.');
    vi.doUnmock("../../../src/api/methods/names");
  });

  it("stop the room's handlers from loading", async () => {
    vi.resetModules();
    vi.doMock("../../../src/server/room/commands/names", async (original) => {
      const real = await original<typeof import("../../../src/server/room/commands/names")>();
      return { ...real, nameHandlers: { ...real.nameHandlers, "notes.add": real.nameHandlers["neighbourhoods.list"] } };
    });
    await expect(import("../../../src/server/room/commands")).rejects.toThrow(`The method "notes.add" is defined twice in the room's handlers.`);
    vi.doUnmock("../../../src/server/room/commands/names");
  });

  it("are absent today: the contract and the handlers load, with one handler per method", async () => {
    vi.resetModules();
    const { contract } = await import("../../../src/api/contract");
    const { handlers } = await import("../../../src/server/room/commands");
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});

describe("a command id sent again", () => {
  const rooms = useRooms();

  it("with the same method is a replay: the effect of one, the same answer", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const input = { id: "note_replay_01", eventId: event.id, text: "Sent twice" };
    const first = callOk(r, FACILITATOR, "notes.add", input, "cmd_replayed_1");
    expect(callOk(r, FACILITATOR, "notes.add", input, "cmd_replayed_1")).toEqual(first);
  });

  it("with another method is refused in words, and changes nothing", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "notes.add", { id: "note_replay_02", eventId: event.id, text: "The first use of the id" }, "cmd_reused_id1");
    const changes = r.room.db.prepare(`SELECT COUNT(*) AS n FROM change`).get();
    const res = r.room.call(FACILITATOR, { method: "themes.create", input: { id: "theme_reused1", eventId: event.id, title: "Homes" }, commandId: "cmd_reused_id1" });
    expect(res).toEqual({
      ok: false,
      error: { code: "conflict", message: "That command id was already used for notes.add, so this themes.create was not applied. Send it with a new id." },
    });
    expect(r.room.db.prepare(`SELECT COUNT(*) AS n FROM change`).get()).toEqual(changes);
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).theme).toEqual([]);
  });
});
