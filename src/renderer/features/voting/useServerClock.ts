import { useEffect, useState } from "react";
import { timeLeftMs, type Timer } from "../../../core";

/** Milliseconds left on a timer, ticking each second while it runs; null without a timer. */
export function useTimeLeft(timer: Timer | null, offsetMs: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.startedAt != null;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);
  return timeLeftMs(timer, now + offsetMs);
}
