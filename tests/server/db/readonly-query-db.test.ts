import { describe, expect, it } from "vitest";
import type { QueryHandler } from "../../../src/server/room/handler";
import { events } from "../../../src/server/db/repos/events";
import { handlers } from "../../../src/server/room/commands";

/**
 * Queries read and never write: their database is a ReadonlyDatabase. These lines are checked
 * by the typecheck (`tsc -b`): each `@ts-expect-error` must meet an error, so a query handler
 * that could write would fail the build.
 */
describe("a query handler's database", () => {
  it("cannot write: write functions and run() do not compile against it", () => {
    const handler: QueryHandler<"events.list"> = (db) => {
      // @ts-expect-error: a write takes the full Database, which a query does not get
      events.update(db, events.get(db, "event_1")!);
      // @ts-expect-error: a statement a query prepares has no run()
      db.prepare("DELETE FROM event").run();
      // @ts-expect-error: nor can a query open a transaction
      db.transaction(() => undefined);
      return [];
    };
    expect(typeof handler).toBe("function");
    expect(typeof handlers["events.list"]).toBe("function");
  });
});
