import { describe, expect, it } from "vitest";
import { EventCreateInput, IsoDate } from "../../../src/core";

describe("IsoDate", () => {
  it("accepts real days and refuses impossible ones", () => {
    expect(IsoDate.safeParse("2026-11-14").success).toBe(true);
    expect(IsoDate.safeParse("2028-02-29").success).toBe(true);
    expect(IsoDate.safeParse("2026-02-30").success).toBe(false);
    expect(IsoDate.safeParse("14/11/2026").success).toBe(false);
  });
});

describe("EventCreateInput", () => {
  const base = { id: "evt_12345678", title: "Elm Road", date: "2026-11-14", neighbourhood: "", venue: "" };
  it("defaults the kind to a listening event", () => {
    expect(EventCreateInput.parse(base).kind).toBe("listening");
  });
  it("refuses extra keys, including __proto__", () => {
    expect(EventCreateInput.safeParse({ ...base, author: "someone" }).success).toBe(false);
    expect(EventCreateInput.safeParse(JSON.parse(`{"id":"evt_12345678","title":"x","date":"2026-11-14","__proto__":{"polluted":1}}`)).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("refuses a missing title with a message that names it", () => {
    const r = EventCreateInput.safeParse({ ...base, title: "   " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("The title is empty");
  });
  it("refuses ids that are not of the safe alphabet", () => {
    expect(EventCreateInput.safeParse({ ...base, id: "../../etc/passwd" }).success).toBe(false);
  });
});
