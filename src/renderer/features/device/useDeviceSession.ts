import { useEffect, useState } from "react";
import type { DeviceView, HearthError } from "../../../core";
import { HearthClient, Outbox } from "../../../api";
import { websocketTransport } from "../../../api/transports/websocket";
import { OUTBOX_KEY, saveCredentials, type Credentials } from "../../app/credentials";

export type Phase =
  | { kind: "connecting" }
  | { kind: "waiting"; device: DeviceView }
  | { kind: "in"; device: DeviceView }
  | { kind: "refused"; error: HearthError };

let outbox: Outbox | undefined;
/** One outbox per page, shared by the transport (which fills and empties it) and the screens (which show it). */
export function pageOutbox(): Outbox {
  return (outbox ??= new Outbox(typeof localStorage === "undefined" ? undefined : localStorage, OUTBOX_KEY));
}

/**
 * The device's connection to the room: a WebSocket that says hello with the device's key
 * on every (re)connect, keeps unsent commands in the page's outbox, and reports what the
 * room decides about the device.
 */
export function useDeviceSession(credentials: Credentials): { client: HearthClient | undefined; phase: Phase } {
  const [client, setClient] = useState<HearthClient>();
  const { key, join, device: cached } = credentials;
  // A device the room already let in shows its screen at once, even offline; the room's answer follows.
  const initial: Phase = cached?.state === "approved" ? { kind: "in", device: cached } : { kind: "connecting" };
  const [phase, setPhase] = useState<Phase>(initial);
  useEffect(() => {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    let joined = false;
    const transport = websocketTransport(`${scheme}//${location.host}/ws`, {
      outbox: pageOutbox(),
      handshake: {
        // Once the room knows this key, how it joined no longer matters.
        hello: () => (join && !joined ? { key, join } : { key }),
        onDevice: (event) => {
          if (event.kind === "refused") return setPhase({ kind: "refused", error: event.error });
          joined = true;
          saveCredentials({ key, device: event.device });
          setPhase({ kind: event.device.state === "approved" ? "in" : "waiting", device: event.device });
        },
      },
    });
    const c = new HearthClient(transport);
    setClient(c);
    return () => c.close();
  }, [key, join]);
  return { client, phase };
}
