import { randomBytes } from "node:crypto";
import WebSocket from "ws";
import { newId, type JoinStatus } from "../../../src/api";
import { HearthEvent } from "../../../src/core";
import { lanController, networkAddresses, type LanController } from "../../../src/server/join/lan-controller";
import type { LanServer } from "../../../src/server/lan/server";
import type { RunningRoom } from "../../../src/server/start-room";
import { frames, resultFor } from "./lan-fixture";
import { sampleEvent } from "./room-fixture";

/**
 * A network address for "devices in the hall": this machine's first one, or 127.0.0.2 where
 * it has none (Linux routes all of 127/8 to loopback). Either way the Host is not a loopback
 * name, so the room treats these sockets as devices, never as the facilitator.
 */
export function hallAddress(): string {
  return networkAddresses().find((a) => a.family === "IPv4")?.address ?? "127.0.0.2";
}

/** Lets the room listen on the hall address, as `hearth serve` does. */
export function useHallLan(lan: LanServer, room: RunningRoom): LanController {
  const address = hallAddress();
  const controller = lanController(
    (a) => lan.listenAlso(a, 0),
    () => [{ address, family: "IPv4", interface: "test" }],
  );
  room.room.ports.join.useLan(controller);
  return controller;
}

export const newKey = (): string => randomBytes(32).toString("base64url");

export type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** A WebSocket that numbers its requests and waits for their results. */
export class Client {
  readonly f: ReturnType<typeof frames>;
  readonly closed: Promise<number>;
  private nextId = 1;

  constructor(readonly ws: WebSocket) {
    this.f = frames(ws);
    this.closed = new Promise((resolve) => ws.once("close", (code) => resolve(code)));
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<Client> {
    const ws = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new Client(ws)));
      ws.once("unexpected-response", (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
      ws.once("error", reject);
    });
  }

  async request(frame: Record<string, unknown>): Promise<Result> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ ...frame, id }));
    const got = (await this.f.next(resultFor(id))) as { result: Result };
    return got.result;
  }

  call(method: string, input: unknown, commandId: string | undefined = newId()): Promise<Result> {
    return this.request({ type: "call", method, input, ...(commandId ? { commandId } : {}) });
  }

  async callOk<T = unknown>(method: string, input: unknown): Promise<T> {
    const r = await this.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value as T;
  }

  hello(key: string, join?: Record<string, unknown>): Promise<Result> {
    return this.request({ type: "hello", key, ...(join ? { join } : {}) });
  }

  close(): void {
    this.ws.terminate();
  }
}

/** The facilitator on this computer, and the event's join status with its tokens. */
export async function openDoors(lan: LanServer, eventId: string, controller: LanController) {
  const host = await Client.open(`ws://127.0.0.1:${lan.port}/ws`);
  await host.callOk("join.open", { eventId, address: null });
  // The listener opens after the command's commit: wait for it.
  for (let i = 0; i < 100 && controller.status().state !== "on"; i++) await new Promise((r) => setTimeout(r, 20));
  const status = await host.callOk<JoinStatus>("join.status", { eventId });
  if (!status.invite || !status.lan.url) throw new Error(`doors did not open: ${JSON.stringify(status.lan)}`);
  const wsUrl = `${status.lan.url.replace("http:", "ws:")}/ws`;
  return { host, status, invite: status.invite, wsUrl, origin: status.lan.url };
}

/** A room with its LAN server listening on the hall address too, and one event the facilitator (this computer) made. */
export async function startHall(lan: { start(): Promise<{ lan: LanServer; room: RunningRoom; root: string }> }) {
  const started = await lan.start();
  const controller = useHallLan(started.lan, started.room);
  const host = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
  const event = HearthEvent.parse(await host.callOk("events.create", sampleEvent()));
  return { ...started, controller, host, eventId: event.id };
}
