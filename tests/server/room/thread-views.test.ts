import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { contract, type MethodName } from "../../../src/api";
import { databaseFor } from "../../../src/server/room/scope";
import { eventId } from "../../unit/support/ids";

describe("views of a neighbourhood's thread", () => {
  it("are declared on their contract definitions, and only queries are", () => {
    const views = (Object.keys(contract) as MethodName[]).filter((m) => contract[m].threadView);
    expect(views.sort()).toEqual(["experiments.due", "priorities.wall"]);
    for (const m of views) expect(contract[m].kind).toBe("query");
  });

  it("read the whole database for a device; every other method reads only its event's rows", () => {
    const db = new Database(":memory:");
    const wall = { deviceId: "projector-wall", role: "projector" as const, eventId: eventId("evt_12345678") };
    expect(databaseFor(db, wall, "priorities.wall")).toBe(db);
    expect(databaseFor(db, wall, "experiments.due")).toBe(db);
    expect(databaseFor(db, wall, "events.snapshot")).not.toBe(db);
    db.close();
  });
});
