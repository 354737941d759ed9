import type { Locator, Page } from "@playwright/test";
import { planImport, type CheckedRow } from "../../../src/core";
import { HearthClient, newId, type MethodInput, type MethodName, type MethodOutput } from "../../../src/api";
import { websocketTransport } from "../../../src/api/transports/websocket";
import { openDatabase } from "../../../src/server/db/open";
import { events, getEvent } from "../../../src/server/db/repos/events";
import { stages } from "../../../src/server/db/repos/run-sheet";
import type { Hearth } from "./hearth";

/** A client of the running room from the test itself (Node has WebSocket), to set up a board quickly. */
export async function withRoom<T>(hearth: Hearth, use: (call: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>) => Promise<T>): Promise<T> {
  const client = new HearthClient(websocketTransport(`${hearth.url.replace(/^http/, "ws")}/ws`));
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
  readonly theme?: string;
  readonly table?: string;
  readonly lang?: string;
}

/** An event with themes (in this order, empty ones too) and notes, made through the room's own commands. */
export async function seedEvent(hearth: Hearth, seed: { title?: string; themes?: readonly string[]; notes?: readonly SeedNote[] }): Promise<string> {
  return withRoom(hearth, async (call) => {
    const event = await call("events.create", { id: newId(), title: seed.title ?? "Elm Road listening event", date: "2026-11-14" });
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
    if (rows.length) {
      const importId = newId();
      const plan = planImport(rows, { prompts: [], themes: [] }, { eventId: event.id, importId, source: "typed", newId });
      for (const [part, notes] of plan.parts.entries()) await call("notes.importPart", { eventId: event.id, importId, part, notes });
      await call("notes.import", plan.final);
    }
    return event.id;
  });
}

/**
 * Makes the event's current stage one with private writing. Stages are created by another
 * part of the app, so the test writes the run sheet into the database while the room is stopped.
 */
export async function startPrivateWriting(hearth: Hearth, eventId: string): Promise<void> {
  await hearth.stop();
  const db = openDatabase(hearth.dataDir);
  try {
    const id = newId();
    stages.insert(db, { id, eventId, position: 1, kind: "capture", title: "Write on your own", description: "", timerMinutes: 5, privateWriting: true, createdSeq: 0, updatedSeq: 0 });
    const event = getEvent(db, eventId);
    if (!event) throw new Error("no such event");
    events.update(db, { ...event, currentStageId: id });
  } finally {
    db.close();
  }
  await hearth.start();
}

export const eventUrl = (hearth: Hearth, eventId: string) => `${hearth.url}/#/events/${eventId}`;

/** The board's parts, found the way a person would: by their names. */
export function board(page: Page) {
  const unsorted = page.getByRole("list", { name: "Unsorted notes", exact: true });
  const theme = (title: string) => page.getByRole("region", { name: new RegExp(`^${title} \\(`) });
  const themeNotes = (title: string) => page.getByRole("list", { name: `Notes in ${title}`, exact: true });
  const note = (text: string, within: Locator | Page = page) => within.locator(".sticky", { has: page.locator(".sticky__text", { hasText: text }) });
  const face = (text: string, within: Locator | Page = page) => note(text, within).locator(".sticky__face");
  const liveRegion = page.locator("[id^=DndLiveRegion]");
  const tools = page.getByRole("toolbar", { name: "Board tools" });
  const undo = tools.getByRole("button", { name: "Undo" });
  const redo = tools.getByRole("button", { name: "Redo" });
  const messages = page.getByRole("status", { name: "Messages" });
  return { unsorted, theme, themeNotes, note, face, liveRegion, undo, redo, messages, box: page.getByLabel("New note") };
}
