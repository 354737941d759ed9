import { describe, expect, it } from "vitest";
import { within } from "../../../scripts/bench/support/hall-load";

describe("a hall device's bounded wait", () => {
  it("gives the answer when it comes in time, the fallback when it does not or fails", async () => {
    expect(await within(Promise.resolve(true), 1000, "late")).toBe(true);
    expect(await within(new Promise<boolean>(() => undefined), 20, "late")).toBe("late");
    expect(await within(Promise.reject(new Error("socket closed")), 1000, undefined)).toBeUndefined();
  });
});
