import { randomBytes } from "node:crypto";
import type { DeviceView } from "../../src/core";
import { HearthClient, type JoinRequest } from "../../src/api";
import { websocketTransport } from "../../src/api/transports/websocket";

/** The WebSocket address of a `hearth serve` at `url`. */
export const wsUrl = (url: string) => `${url.replace(/^http/, "ws")}/ws`;

/** A phone or tablet that joined the event; `joined` settles once the room has let it in (or refused it). */
export interface JoinedDevice {
  readonly client: HearthClient;
  /** Resolves with the device as the room has it once it may act (a token at once, a code once approved). */
  readonly joined: Promise<DeviceView>;
  /** The device as the room last described it (waiting, then approved). */
  readonly view: () => DeviceView | undefined;
}

/**
 * A device joining for real, as a phone does: its own 32-byte key, the QR's token or a typed
 * code in the first frame of every socket, through the project's own client and WebSocket
 * transport (which reconnects, says hello again with the same key, and replays unanswered
 * frames). Loopback with a device key is a device, never the facilitator: the hello decides.
 */
export function joinDevice(url: string, join: JoinRequest, reconnect = { minDelay: 50, maxDelay: 400 }): JoinedDevice {
  const key = randomBytes(32).toString("base64url");
  const request = join.via === "code" ? { ...join, label: join.label ?? "" } : join;
  let last: DeviceView | undefined;
  let settle: { resolve: (v: DeviceView) => void; reject: (e: Error) => void } | undefined;
  const joined = new Promise<DeviceView>((resolve, reject) => (settle = { resolve, reject }));
  const client = new HearthClient(
    websocketTransport(wsUrl(url), {
      ...reconnect,
      handshake: {
        hello: () => ({ key, join: request }),
        onDevice: (e) => {
          if (e.kind === "refused") return settle?.reject(new Error(`${e.error.code}: ${e.error.message}`));
          last = e.device;
          if (e.device.state === "approved") settle?.resolve(e.device);
        },
      },
    }),
  );
  // A refusal the caller never awaits must not crash the run; callers that care await `joined`.
  joined.catch(() => undefined);
  return { client, joined, view: () => last };
}

/** `promise`, or a rejection once `ms` have passed without it settling. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not let in within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
