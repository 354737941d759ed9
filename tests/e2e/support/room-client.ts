import WebSocket from "ws";
import { newId, type MethodInput, type MethodName, type MethodOutput } from "../../../src/api";

/**
 * A test's own connection to a running `hearth serve`, for setting up data through the
 * room's real commands (what a screen would send), and for reading back what it holds.
 */
export class RoomClient {
  private next = 1;
  private readonly waiting = new Map<number, (result: { ok: boolean; value?: unknown; error?: { message: string } }) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; id?: number; result?: { ok: boolean; value?: unknown; error?: { message: string } } };
      if (frame.type === "result" && typeof frame.id === "number") this.waiting.get(frame.id)?.(frame.result!);
    });
  }

  static async connect(baseUrl: string): Promise<RoomClient> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/ws`);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    return new RoomClient(ws);
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const id = this.next++;
    const result = await new Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>((resolve) => {
      this.waiting.set(id, resolve);
      this.ws.send(JSON.stringify({ type: "call", id, method, input, commandId: newId() }));
    });
    this.waiting.delete(id);
    if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
    return result.value as MethodOutput<M>;
  }

  close(): void {
    this.ws.close();
  }
}

/** Creates an event with `texts` as notes through the room's own commands; returns its id. */
export async function seedEvent(url: string, title: string, texts: readonly string[]): Promise<string> {
  const room = await RoomClient.connect(url);
  const eventId = newId();
  await room.call("events.create", { id: eventId, title, date: "2026-11-14" });
  for (const text of texts) await room.call("notes.add", { id: newId(), eventId, text });
  room.close();
  return eventId;
}
