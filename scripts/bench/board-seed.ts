// Sets up a board through a running room's own commands, over its WebSocket (Node has one):
// used by the board benchmark and the board's end-to-end tests.
import { planImport, type CheckedRow, type EventId } from "../../src/core";
import { HearthClient, newId, type MethodInput, type MethodName, type MethodOutput } from "../../src/api";
import { websocketTransport } from "../../src/api/transports/websocket";

export type RoomCall = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** A client of the room at `url` (http://host:port) for the length of `use`. */
export async function withRoom<T>(url: string, use: (call: RoomCall) => Promise<T>): Promise<T> {
  const client = new HearthClient(websocketTransport(`${url.replace(/^http/, "ws")}/ws`));
  try {
    return await use(async (method, input) => {
      const r = await client.call(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value;
    });
  } finally {
    client.close();
  }
}

export interface SeedNote {
  readonly text: string;
  readonly theme?: string | undefined;
  readonly table?: string;
  readonly lang?: string;
}

/** An event with themes (in this order, empty ones too) and notes; returns the event's id. */
export async function seedBoard(url: string, seed: { title?: string; themes?: readonly string[]; notes?: readonly SeedNote[] }): Promise<EventId> {
  return withRoom(url, async (call) => {
    const event = await call("events.create", { kind: "blank", id: newId(), title: seed.title ?? "Elm Road listening event", date: "2026-11-14" });
    const themeIds = new Map<string, string>();
    for (const title of seed.themes ?? []) themeIds.set(title, (await call("themes.create", { id: newId(), eventId: event.id, title })).themes[0]!.id);
    const rows: CheckedRow[] = (seed.notes ?? []).map((n, i) => ({
      row: i + 1,
      text: n.text,
      promptId: null,
      table: n.table ?? "",
      lang: n.lang ?? "",
      themeTitle: n.theme ?? "",
      themeId: n.theme ? (themeIds.get(n.theme) ?? null) : null,
    }));
    // Imports hold at most 2,000 notes; bigger boards go in several.
    for (let start = 0; start < rows.length; start += 2000) {
      const importId = newId();
      const plan = planImport(rows.slice(start, start + 2000), { prompts: [], themes: [] }, { eventId: event.id, importId, source: "typed", newId });
      for (const [part, notes] of plan.parts.entries()) await call("notes.importPart", { eventId: event.id, importId, part, notes });
      await call("notes.import", plan.final);
    }
    return event.id;
  });
}
