import { describe, expect, it } from "vitest";
import { formatTime } from "../../../../src/renderer/ui/format";
import { formatDateTime } from "../../../../src/renderer/ui/format-data";

describe("times on screens", () => {
  it("read a moment as this screen's local day and time, one way everywhere", () => {
    // No zone in the string: read as local time, so the test holds in any zone.
    expect(formatTime("2026-11-22T07:05:00")).toBe("07:05");
    expect(formatDateTime("2026-11-22T07:05:00")).toBe("Sun 22 Nov 2026, 07:05");
    expect(formatTime("not a time")).toBe("");
  });
});
