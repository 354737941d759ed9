import { useEffect, useState } from "react";
import { clockOffsetMs } from "../../core";
import { useClient } from "./ClientContext";

/**
 * How far the room's clock is ahead of this device's, in ms; null until known. Learned from
 * one round trip on mount and again after every reconnect (the room may have restarted, or
 * this device's clock been changed). Add it to Date.now() to get server time, which is what
 * timers are kept in: a phone whose clock is wrong still shows the right time left.
 */
export function useClockOffset(): number | null {
  const client = useClient();
  const [offset, setOffset] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    const sync = async () => {
      const sentAt = Date.now();
      const result = await client.call("clock.now", {});
      const receivedAt = Date.now();
      if (!cancelled && result.ok) setOffset(clockOffsetMs(result.value.serverTime, sentAt, receivedAt));
    };
    void sync();
    const off = client.onStatus((status) => {
      if (status === "online") void sync();
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [client]);
  return offset;
}
