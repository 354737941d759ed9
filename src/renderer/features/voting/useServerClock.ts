import { useEffect, useState } from "react";
import { timeLeftMs, type Timer } from "../../../core";
import { useClient } from "../../app/ClientContext";

/**
 * How far this device's clock is from the room's, learnt once from a snapshot: a round's
 * timer runs in server time, so a phone with a wrong clock still shows the right time left.
 */
export function useServerOffset(eventId: string): number {
  const client = useClient();
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const sent = Date.now();
    void client.call("events.snapshot", { eventId }).then((r) => {
      if (!cancelled && r.ok) setOffset(r.value.serverTime - (sent + Date.now()) / 2);
    });
    return () => {
      cancelled = true;
    };
  }, [client, eventId]);
  return offset;
}

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
