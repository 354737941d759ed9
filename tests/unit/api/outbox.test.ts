import { describe, expect, it } from "vitest";
import { Outbox, type OutboxStorage } from "../../../src/api/outbox";

class MemoryStorage implements OutboxStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
}

const entry = (n: number) => ({ commandId: String(n).padStart(21, "x"), method: "notes.add", input: { n }, queuedAt: n });

describe("Outbox", () => {
  it("survives a reload: what one page added the next page reads back", () => {
    const storage = new MemoryStorage();
    const before = new Outbox(storage, "k");
    before.add(entry(1));
    before.add(entry(2));
    before.remove(entry(1).commandId);
    const after = new Outbox(storage, "k");
    expect(after.entries).toEqual([entry(2)]);
  });

  it("holds a command id once, and tells listeners of every change", () => {
    const box = new Outbox(new MemoryStorage(), "k");
    const sizes: number[] = [];
    box.onChange((e) => sizes.push(e.length));
    box.add(entry(1));
    box.add(entry(1));
    box.remove(entry(3).commandId);
    box.remove(entry(1).commandId);
    expect(sizes).toEqual([1, 0]);
  });

  it("ignores unreadable storage and keeps commands in memory when storage is full", () => {
    const storage = new MemoryStorage();
    storage.items.set("k", "{not json");
    storage.items.set("j", JSON.stringify([{ commandId: 1 }]));
    expect(new Outbox(storage, "k").size).toBe(0);
    expect(new Outbox(storage, "j").size).toBe(0);
    storage.full = true;
    const box = new Outbox(storage, "k");
    box.add(entry(1));
    expect(box.entries).toEqual([entry(1)]);
  });
});
