import { z } from "zod";
import { Id } from "../core";
import { Listeners } from "./transport";

/** The part of the Web Storage API the outbox needs (localStorage in a browser). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const OutboxEntry = z.object({
  commandId: Id,
  method: z.string().max(64),
  input: z.unknown(),
  /** When it was queued (this device's clock): only to order and to show. */
  queuedAt: z.number(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/**
 * Commands never written to the device's storage: a resident's contact (contacts.leave) is
 * kept in memory until the room answers, and resent on a new socket, but not left behind on
 * a shared phone (a helper's at the door). A reload before the answer loses it; the screen says whether it was saved.
 */
export const NOT_STORED_METHODS: ReadonlySet<string> = new Set(["contacts.leave"]);

const Stored = z.array(OutboxEntry).max(1000);

/**
 * Commands not yet answered by the room, kept in storage so that neither a dropped Wi-Fi
 * nor a reload loses them. Each keeps its command id: sent again, the room applies it once.
 * The WebSocket transport adds to it and removes from it; screens read it ("3 unsent").
 */
export class Outbox {
  private items: OutboxEntry[];
  private readonly changes = new Listeners<readonly OutboxEntry[]>();

  constructor(
    private readonly storage: OutboxStorage | undefined,
    private readonly key: string,
  ) {
    this.items = load(storage, key);
  }

  get entries(): readonly OutboxEntry[] {
    return this.items;
  }
  get size(): number {
    return this.items.length;
  }
  has(commandId: string): boolean {
    return this.items.some((e) => e.commandId === commandId);
  }

  add(entry: OutboxEntry): void {
    if (this.has(entry.commandId)) return;
    this.items = [...this.items, entry];
    this.save();
  }

  remove(commandId: string): void {
    if (!this.has(commandId)) return;
    this.items = this.items.filter((e) => e.commandId !== commandId);
    this.save();
  }

  onChange(listener: (entries: readonly OutboxEntry[]) => void): () => void {
    return this.changes.add(listener);
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.items));
    } catch {
      // Storage full or blocked: the commands are still held here until the page closes.
    }
    this.changes.emit(this.items);
  }
}

function load(storage: OutboxStorage | undefined, key: string): OutboxEntry[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = Stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
