import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseUnreadableError, DB_FILE, openDatabase } from "../../../src/server/db/open";
import { useTempDir } from "../support/temp-dir";

describe("openDatabase", () => {
  const tempDir = useTempDir();

  it("creates the file with WAL, synchronous=FULL and foreign keys on", () => {
    const db = openDatabase(join(tempDir(), "nested", "data"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("refuses a file that is not a database, and leaves it byte for byte", () => {
    const dir = tempDir();
    const path = join(dir, DB_FILE);
    const junk = Buffer.from("these are somebody's notes, not a database\n".repeat(50));
    writeFileSync(path, junk);
    expect(() => openDatabase(dir)).toThrow(DatabaseUnreadableError);
    expect(readFileSync(path).equals(junk)).toBe(true);
  });

  it("refuses an empty file without writing to it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE), "");
    expect(() => openDatabase(dir)).toThrow(/empty/);
    expect(readFileSync(join(dir, DB_FILE)).length).toBe(0);
  });

  it("refuses a truncated database and leaves it untouched", () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const path = join(dir, DB_FILE);
    const whole = readFileSync(path);
    const cut = whole.subarray(0, 100); // the header survives, the pages do not
    writeFileSync(path, cut);
    expect(() => openDatabase(dir)).toThrow(DatabaseUnreadableError);
    expect(readFileSync(path).equals(cut)).toBe(true);
  });
});
