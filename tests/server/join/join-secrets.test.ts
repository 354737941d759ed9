import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, formatCode, normalizeCode, ShortCode } from "../../../src/core";
import type { JoinStatus } from "../../../src/api";
import { GuessLimiter, WINDOW_MS, WRONG_OVERALL, WRONG_PER_ADDRESS } from "../../../src/server/join/guess-limiter";
import { hashSecret, newCode, newToken } from "../../../src/server/join/secrets";
import { isThisComputer } from "../../../src/server/join/this-computer";
import { sampleEvent } from "../support/room-fixture";
import { Client, newKey, openDoors, useHallLan } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

describe("join secrets", () => {
  it("makes QR tokens of 256 random bits, never the same twice", () => {
    const tokens = Array.from({ length: 2000 }, newToken);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(Buffer.from(tokens[0]!, "base64url").length).toBe(32);
    expect(hashSecret(tokens[0]!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(tokens[0]!)).not.toBe(hashSecret(tokens[1]!));
  });

  it("makes short codes without look-alike characters, read back however they are typed", () => {
    for (let i = 0; i < 500; i++) {
      const code = newCode();
      expect(code).toHaveLength(6);
      for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(normalizeCode(" k7f-3qx ")).toBe("K7F3QX");
    expect(formatCode("K7F3QX")).toBe("K7F 3QX");
    expect(ShortCode.safeParse("K7F 3QX").data).toBe("K7F3QX");
    expect(ShortCode.safeParse("K0F3QX").success).toBe(false);
    expect(ShortCode.safeParse("K7F3Q").success).toBe(false);
  });

  const lan = useLan();

  it("stores only hashes: no token, code or device key can be read from the data folder", async () => {
    const { lan: server, room, root } = await lan.start();
    const controller = useHallLan(server, room);
    const host = await Client.open(`ws://127.0.0.1:${server.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    const doors = await openDoors(server, event.id, controller);
    const key = newKey();
    const phone = await Client.open(doors.wsUrl, { origin: doors.origin });
    await phone.hello(key, { via: "token", token: doors.invite.tokens.participant });
    await host.callOk("join.rotate", { eventId: event.id });
    const rotated = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
    room.db.pragma("wal_checkpoint(TRUNCATE)");
    const secrets = [...Object.values(doors.invite.tokens), doors.invite.code, ...Object.values(rotated.invite!.tokens), rotated.invite!.code, key];
    const dataDir = join(root, "data");
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, file)).toString("latin1");
      for (const s of secrets) expect(bytes.includes(s), `${file} holds a secret`).toBe(false);
    }
    const stored = room.db.prepare(`SELECT secret_hash FROM join_credential`).all() as { secret_hash: string }[];
    expect(stored.map((r) => r.secret_hash)).toContain(hashSecret(doors.invite.tokens.participant));
  });
});

describe("guess limiter", () => {
  it("blocks an address after too many wrong codes, for the rest of the window, and tells who it is", () => {
    const g = new GuessLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < WRONG_PER_ADDRESS; i++) {
      expect(g.check("10.0.0.9", t0 + i)).toEqual({ allowed: true });
      g.wrong("10.0.0.9", t0 + i);
    }
    expect(g.check("10.0.0.9", t0 + 10)).toMatchObject({ allowed: false });
    expect(g.check("10.0.0.10", t0 + 10)).toEqual({ allowed: true });
    expect(g.alerts(t0 + 10)).toEqual([{ address: "10.0.0.9", wrongTries: WRONG_PER_ADDRESS, lastAt: new Date(t0 + 4).toISOString(), blocked: true }]);
    expect(g.check("10.0.0.9", t0 + WINDOW_MS + 5)).toEqual({ allowed: true });
    expect(g.alerts(t0 + WINDOW_MS + 5)[0]).toMatchObject({ blocked: false, wrongTries: WRONG_PER_ADDRESS });
  });

  it("pauses every address that guessed when wrong codes come from many addresses at once, lets a new one try, and says so", () => {
    const g = new GuessLimiter();
    expect(g.paused(5_000)).toBeNull();
    for (let i = 0; i < WRONG_OVERALL; i++) g.wrong(`fd00::${i % 10}`, 5_000 + i);
    expect(g.check("fd00::3", 5_100)).toMatchObject({ allowed: false });
    expect(g.check("fd00::999", 5_100)).toEqual({ allowed: true });
    g.wrong("fd00::999", 5_100);
    expect(g.check("fd00::999", 5_101)).toMatchObject({ allowed: false });
    expect(g.paused(5_101)).toEqual({ wrongTries: WRONG_OVERALL + 1, addresses: 11, retryAfterSeconds: 60 });
    expect(g.alerts(5_101)).toEqual([]); // three tries each: none is listed on its own
    expect(g.check("fd00::3", 5_000 + WINDOW_MS + 50)).toEqual({ allowed: true });
    expect(g.paused(5_000 + WINDOW_MS + 50)).toBeNull();
  });

  it("tells of tries turned away while blocked, without making the block longer", () => {
    const g = new GuessLimiter();
    for (let i = 0; i < WRONG_PER_ADDRESS; i++) g.wrong("10.0.0.9", 1_000 + i);
    for (let i = 0; i < 100; i++) g.turnedAway("10.0.0.9", 2_000 + i);
    expect(g.alerts(3_000)).toMatchObject([{ address: "10.0.0.9", wrongTries: WRONG_PER_ADDRESS + 100, blocked: true }]);
    expect(g.check("10.0.0.9", 1_000 + WINDOW_MS + 10)).toEqual({ allowed: true });
  });
});

describe("this computer", () => {
  it("is a loopback peer that used a loopback name, nothing else", () => {
    expect(isThisComputer("127.0.0.1", "127.0.0.1:4180")).toBe(true);
    expect(isThisComputer("::ffff:127.0.0.1", "localhost:4180")).toBe(true);
    expect(isThisComputer("::1", "[::1]:4180")).toBe(true);
    expect(isThisComputer("192.168.1.20", "127.0.0.1:4180")).toBe(false);
    expect(isThisComputer("127.0.0.1", "192.168.1.5:4180")).toBe(false);
    expect(isThisComputer("127.0.0.1", "evil.example:4180")).toBe(false);
    expect(isThisComputer("127.0.0.1", "127.0.0.2:4180")).toBe(false);
    expect(isThisComputer("127.0.0.1", undefined)).toBe(false);
    expect(isThisComputer(undefined, "127.0.0.1:4180")).toBe(false);
  });
});
