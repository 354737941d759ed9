import { describe, expect, it } from "vitest";
import {
  addMinuteToTimer,
  clockOffsetMs,
  countdownParts,
  describeCountdown,
  formatCountdown,
  pauseTimer,
  startTimer,
  timerFromMinutes,
  timerRemainingMs,
  type Timer,
} from "../../../src/core";

const T0 = Date.parse("2026-11-14T18:00:00Z");
const s = (n: number) => n * 1000;

describe("timer arithmetic (server time)", () => {
  it("a new timer is full and still; started, it counts down with the server's clock", () => {
    const t = timerFromMinutes(5);
    expect(timerRemainingMs(t, T0 + s(999))).toBe(300_000);
    const running = startTimer(t, T0);
    expect(running).toEqual({ durationMs: 300_000, startedAt: T0, elapsedMs: 0 });
    expect(timerRemainingMs(running, T0 + s(1))).toBe(299_000);
    expect(timerRemainingMs(running, T0 + s(301))).toBe(0); // never below zero
    expect(startTimer(running, T0 + s(50))).toBe(running); // starting twice changes nothing
  });

  it("pause keeps what is left; start resumes from there", () => {
    const paused = pauseTimer(startTimer(timerFromMinutes(5), T0), T0 + s(20));
    expect(paused).toEqual({ durationMs: 300_000, startedAt: null, elapsedMs: 20_000 });
    expect(timerRemainingMs(paused, T0 + s(500))).toBe(280_000);
    expect(pauseTimer(paused, T0 + s(600))).toBe(paused);
    const resumed = startTimer(paused, T0 + s(100));
    expect(timerRemainingMs(resumed, T0 + s(110))).toBe(270_000);
  });

  it("+1 minute adds to a running or paused timer, and gives a finished one exactly a minute", () => {
    const running = startTimer(timerFromMinutes(5), T0);
    const more = addMinuteToTimer(running, T0 + s(30));
    expect(timerRemainingMs(more, T0 + s(30))).toBe(330_000);
    expect(timerRemainingMs(more, T0 + s(40))).toBe(320_000);
    const paused = addMinuteToTimer(pauseTimer(running, T0 + s(10)), T0 + s(99));
    expect(paused.startedAt).toBeNull();
    expect(timerRemainingMs(paused, T0 + s(500))).toBe(350_000);
    const overrun = addMinuteToTimer(running, T0 + s(400)); // ran out 100 s ago
    expect(timerRemainingMs(overrun, T0 + s(400))).toBe(60_000);
    expect(timerRemainingMs(overrun, T0 + s(430))).toBe(30_000);
  });

  it("starting a finished timer runs it again from the full length (reset is the stage's default, in run rules)", () => {
    const done: Timer = { durationMs: 60_000, startedAt: null, elapsedMs: 60_000 };
    expect(timerRemainingMs(startTimer(done, T0), T0 + s(1))).toBe(59_000);
  });

  it("a device with a wrong clock shows the right time left through the server offset", () => {
    const timer = startTimer(timerFromMinutes(5), T0);
    // The device's clock runs 2 hours behind; a round trip took 200 ms.
    const skew = -2 * 3600_000;
    const sentAt = T0 + s(10) + skew;
    const receivedAt = sentAt + 200;
    const offset = clockOffsetMs(T0 + s(10) + 100, sentAt, receivedAt);
    expect(offset).toBe(-skew);
    const deviceNow = T0 + s(70) + skew;
    expect(timerRemainingMs(timer, deviceNow + offset)).toBe(230_000);
    // Without the offset the device would think the timer had not even started.
    expect(timerRemainingMs(timer, deviceNow)).toBe(300_000);
  });

  it("formats what is left for the eye and for a screen reader", () => {
    expect(formatCountdown(300_000)).toBe("5:00");
    expect(formatCountdown(299_001)).toBe("5:00");
    expect(formatCountdown(299_000)).toBe("4:59");
    expect(formatCountdown(7_000)).toBe("0:07");
    expect(formatCountdown(-5)).toBe("0:00");
    expect(formatCountdown(3_900_000)).toBe("1:05:00");
    expect(describeCountdown(299_000)).toBe("4 minutes 59 seconds");
    expect(describeCountdown(60_000)).toBe("1 minute");
    expect(describeCountdown(1_000)).toBe("1 second");
    expect(describeCountdown(0)).toBe("0 seconds");
    // The same parts, for a phone's language to word.
    expect(countdownParts(299_000)).toEqual({ minutes: 4, seconds: 59 });
    expect(countdownParts(60_000)).toEqual({ minutes: 1, seconds: null });
    expect(countdownParts(0)).toEqual({ minutes: null, seconds: 0 });
  });
});
