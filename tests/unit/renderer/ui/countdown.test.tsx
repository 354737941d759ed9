// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Timer } from "../../../../src/core";
import { Countdown } from "../../../../src/renderer/ui/Countdown";

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DEVICE_NOW = Date.parse("2026-11-14T18:00:00Z");
/** The room's clock runs 2 hours behind this device's. */
const OFFSET = -2 * 3600_000;
const SERVER_NOW = DEVICE_NOW + OFFSET;

describe("<Countdown>", () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(DEVICE_NOW);
    host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.useRealTimers();
  });
  const shown = () => host.querySelector('[role="timer"]')?.textContent;
  const state = () => host.querySelector(".countdown__state")?.textContent;
  const render = (timer: Timer | null, offset: number | null) => act(() => root.render(<Countdown timer={timer} offsetMs={offset} />));

  it("counts down in server time, whatever this device's clock says, and stops at zero", () => {
    render({ durationMs: 300_000, startedAt: SERVER_NOW - 10_000, elapsedMs: 0 }, OFFSET);
    expect(shown()).toBe("4:50");
    expect(state()).toBe("Running");
    // It wakes just after each second turns (a few ms late, never early).
    act(() => vi.advanceTimersByTime(1020));
    expect(shown()).toBe("4:49");
    act(() => vi.advanceTimersByTime(60_000));
    expect(shown()).toBe("3:49");
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(shown()).toBe("0:00");
    expect(state()).toBe("Time’s up");
    expect(host.querySelector('[role="timer"]')?.getAttribute("aria-label")).toBe("Time left: 0 seconds");
  });

  it("a paused timer stands still and says so; a new one says it is ready", () => {
    render({ durationMs: 300_000, startedAt: null, elapsedMs: 61_000 }, OFFSET);
    expect(shown()).toBe("3:59");
    expect(state()).toBe("Paused");
    act(() => vi.advanceTimersByTime(5000));
    expect(shown()).toBe("3:59");
    render({ durationMs: 300_000, startedAt: null, elapsedMs: 0 }, null);
    expect([shown(), state()]).toEqual(["5:00", "Ready"]);
  });

  it("shows dashes, not a wrong time, until it knows the server's clock; nothing without a timer", () => {
    render({ durationMs: 300_000, startedAt: SERVER_NOW, elapsedMs: 0 }, null);
    expect(shown()).toBe("–:––");
    render({ durationMs: 300_000, startedAt: SERVER_NOW, elapsedMs: 0 }, OFFSET);
    expect(shown()).toBe("5:00");
    render(null, OFFSET);
    expect(host.innerHTML).toBe("");
  });
});
