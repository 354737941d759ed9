import WebSocket from "ws";

/**
 * Talks to a running `hearth serve` as a program on this computer would, to set up data that
 * would take too long to type (200 notes): the same frames, checks and change feed as the app.
 */
export class RoomClient {
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; id?: number; result?: unknown };
      if (frame.type === "result" && typeof frame.id === "number") this.waiting.get(frame.id)?.(frame.result);
    });
  }

  static async connect(url: string): Promise<RoomClient> {
    const ws = new WebSocket(`${url.replace(/^http/, "ws")}/ws`);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    return new RoomClient(ws);
  }

  /** Calls a method and returns its value; throws with the room's message when refused. */
  async call<T = unknown>(method: string, input: unknown): Promise<T> {
    const id = this.nextId++;
    const commandId = `cmd_${Date.now().toString(36)}_${id}`;
    const result = await new Promise<unknown>((resolve) => {
      this.waiting.set(id, resolve);
      this.ws.send(JSON.stringify({ type: "call", id, method, input, commandId }));
    });
    this.waiting.delete(id);
    const r = result as { ok: boolean; value?: T; error?: { message: string } };
    if (!r.ok) throw new Error(`${method}: ${r.error?.message ?? "refused"}`);
    return r.value as T;
  }

  close(): void {
    this.ws.close();
  }
}

/** Creates an event with `texts` as notes; returns its id. */
export async function seedEvent(url: string, title: string, texts: readonly string[]): Promise<string> {
  const room = await RoomClient.connect(url);
  const eventId = `evt_${Math.random().toString(36).slice(2, 12)}`;
  await room.call("events.create", { id: eventId, title, date: "2026-11-14" });
  let i = 0;
  for (const text of texts) await room.call("notes.add", { id: `${eventId}_n${String(++i).padStart(4, "0")}`, eventId, text });
  room.close();
  return eventId;
}
