import type { Change } from "../../core";
import { Listeners, type OutgoingFrame, type Transport, type TransportStatus } from "../transport";
import { ChangeFrame, ResultFrame, type HearthBridge } from "../wire";
import { fail } from "../result";

/** Talks to the room in the Electron main process through `window.hearth` (the preload bridge). */
export function ipcTransport(bridge: HearthBridge): Transport {
  const changes = new Listeners<Change>();
  let nextId = 1;
  let pending = 0;
  bridge.onPush((raw) => {
    const frame = ChangeFrame.safeParse(raw);
    if (frame.success) changes.emit(frame.data.change);
  });
  return {
    async request(frame: OutgoingFrame) {
      pending++;
      try {
        const raw = await bridge.send({ ...frame, id: nextId++ });
        const parsed = ResultFrame.safeParse(raw);
        return parsed.success ? parsed.data.result : fail("internal", "The room sent an unreadable answer.");
      } finally {
        pending--;
      }
    },
    onChange: (l) => changes.add(l),
    onStatus: (_l: (s: TransportStatus) => void) => () => undefined,
    status: "online",
    get pending() {
      return pending;
    },
    close: () => undefined,
  };
}
