import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET } from "../../../src/core";
import { CLOSE_REFUSED, type JoinStatus } from "../../../src/api";
import { WRONG_OVERALL, WRONG_PER_ADDRESS } from "../../../src/server/join/guess-limiter";
import { MAX_WAITING, MAX_WAITING_PER_ADDRESS } from "../../../src/server/join/desk";
import { sampleEvent } from "../support/room-fixture";
import { Client, newKey, type Result } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

// Join-code guessing at speed, from one address and from many: throttled, the facilitator is
// told, and no device is let in without its token or the facilitator's approval. Linux
// routes all of 127/8 to loopback, so sockets bound to 127.0.0.x are distinct peers to the
// room (the limiter keys on the peer's address); each sends a hello, so none is the facilitator.
// (join-lan.test.ts has the slow case: five wrong codes one after another, then blocked.)

/** A socket from `address` to the room, with a frame reader. */
function from(address: string, port: number): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { localAddress: address });
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(new Client(ws)));
    ws.once("error", reject);
  });
}

/** A code in the right shape that is not `real`. */
function wrongCode(real: string): string {
  for (;;) {
    const code = Array.from({ length: 6 }, () => CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]).join("");
    if (code !== real) return code;
  }
}

interface Guess {
  readonly address: string;
  readonly answer: Result;
  readonly closedWith: number;
}

/** One guess per socket (a refused hello closes its socket), all sent at once. */
async function guessAll(port: number, addresses: readonly string[], join: () => Record<string, unknown>): Promise<Guess[]> {
  const sockets = await Promise.all(addresses.map((a) => from(a, port)));
  return Promise.all(sockets.map(async (s, i) => ({ address: addresses[i]!, answer: await s.hello(newKey(), join()), closedWith: await s.closed })));
}

/** One hello with the code from `address`; the socket stays open when it is let in. */
async function typeCode(port: number, address: string, code: string): Promise<Result> {
  return (await from(address, port)).hello(newKey(), { via: "code", code });
}

const codes = (guesses: readonly Guess[]) => guesses.map((g) => (g.answer.ok ? "ok" : g.answer.error.code));
const count = (list: readonly string[], value: string) => list.filter((x) => x === value).length;

describe("B6: join-code guessing at speed", { timeout: 60_000 }, () => {
  const lan = useLan();

  async function room() {
    const started = await lan.start();
    const host = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    // New codes without opening the hall address: the guessers come over loopback.
    await host.callOk("join.rotate", { eventId: event.id });
    const { invite } = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
    const status = () => host.callOk<JoinStatus>("join.status", { eventId: event.id });
    return { ...started, host, eventId: event.id, invite: invite!, status, port: started.lan.port };
  }

  it("from one address: a burst of 120 guesses gets 5 tries, the rest are turned away unread, and the facilitator sees all of them", async () => {
    const r = await room();
    const guesses = await guessAll(r.port, Array(120).fill("127.0.0.21"), () => ({ via: "code", code: wrongCode(r.invite.code) }));
    const answers = codes(guesses);
    expect(count(answers, "not_found")).toBe(WRONG_PER_ADDRESS);
    expect(count(answers, "rate_limited")).toBe(120 - WRONG_PER_ADDRESS);
    // Every refused hello closes its socket: it can never fall back to acting as anyone.
    expect(new Set(guesses.map((g) => g.closedWith))).toEqual(new Set([CLOSE_REFUSED]));
    // Even the right code is turned away from there now, and a made-up QR token too.
    const [right] = await guessAll(r.port, ["127.0.0.21"], () => ({ via: "code", code: r.invite.code }));
    expect(right!.answer).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/Try again in \d+ seconds/) } });
    const [madeUp] = await guessAll(r.port, ["127.0.0.21"], () => ({ via: "token", token: newKey() }));
    expect(madeUp!.answer).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    const status = await r.status();
    expect(status.devices).toEqual([]);
    expect(status.alerts).toEqual([{ address: "127.0.0.21", wrongTries: 122, lastAt: expect.any(String), blocked: true }]);
    expect(status.codesPaused).toBeNull();
    expect(r.room.db.prepare(`SELECT COUNT(*) AS n FROM device`).get()).toEqual({ n: 0 });
    // Others are not held up: another phone types the right code, waits for approval, and only then is in.
    const other = await from("127.0.0.22", r.port);
    expect(await other.hello(newKey(), { via: "code", code: r.invite.code })).toMatchObject({ ok: true, value: { state: "waiting" } });
    expect(await other.call("events.snapshot", { eventId: r.eventId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const [waiting] = (await r.status()).devices;
    await r.host.callOk("devices.approve", { deviceId: waiting!.id, role: "participant" });
    await other.f.next((f) => (f as { type?: string }).type === "device");
    expect((await other.call("events.snapshot", { eventId: r.eventId })).ok).toBe(true);
  });

  it("from many addresses: after 30 wrong tries in all, every address that guessed is paused, the facilitator is told, and the QR code still lets phones in", async () => {
    const r = await room();
    // 40 addresses, 3 guesses each: under the per-address limit, over the overall one.
    const addresses = [1, 2, 3].flatMap(() => Array.from({ length: 40 }, (_, i) => `127.0.1.${i + 10}`));
    const guesses = await guessAll(r.port, addresses, () => ({ via: "code", code: wrongCode(r.invite.code) }));
    const answers = codes(guesses);
    // Once paused, an address that has not guessed yet gets one try, and no more.
    expect(count(answers, "not_found")).toBeGreaterThanOrEqual(WRONG_OVERALL);
    expect(count(answers, "not_found")).toBeLessThanOrEqual(40);
    expect(count(answers, "not_found") + count(answers, "rate_limited")).toBe(addresses.length);
    // An address that guessed waits out the pause, even with the right code…
    const [again] = await guessAll(r.port, ["127.0.1.10"], () => ({ via: "code", code: r.invite.code }));
    expect(again!.answer).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    // …a resident typing the code from the wall on a phone of its own does not.
    expect(await typeCode(r.port, "127.0.2.1", r.invite.code)).toMatchObject({ ok: true, value: { state: "waiting" } });
    // …but a phone that scanned the QR code (256 random bits: nothing to guess) is let in.
    const phone = await from("127.0.2.2", r.port);
    expect(await phone.hello(newKey(), { via: "token", token: r.invite.tokens.participant })).toMatchObject({ ok: true, value: { state: "approved", role: "participant" } });
    expect((await phone.call("events.snapshot", { eventId: r.eventId })).ok).toBe(true);
    const status = await r.status();
    const wrongFrom = new Set(guesses.filter((g) => !g.answer.ok && g.answer.error.code === "not_found").map((g) => g.address));
    expect(status.codesPaused).toMatchObject({ wrongTries: count(answers, "not_found"), addresses: wrongFrom.size });
    // No single address reached the per-address limit, so the pause is what tells the facilitator.
    expect(status.alerts).toEqual([]);
    expect(status.codesPaused!.retryAfterSeconds).toBeGreaterThan(0);
    expect(status.devices.map((d) => d.joinedVia).sort()).toEqual(["code", "token"]);
  });

  it("lets a resident with the right code in while seven addresses guess at the limit, and one address cannot fill the waiting list", async () => {
    const r = await room();
    const guessers = Array.from({ length: 7 }, (_, i) => `127.0.3.${i + 10}`);
    const guesses = await guessAll(r.port, guessers.flatMap((a) => Array(WRONG_PER_ADDRESS).fill(a)), () => ({ via: "code", code: wrongCode(r.invite.code) }));
    expect(count(codes(guesses), "not_found")).toBeGreaterThanOrEqual(WRONG_OVERALL);
    expect((await r.status()).codesPaused).not.toBeNull();
    for (const address of ["127.0.4.1", "127.0.4.2", "127.0.4.3"]) {
      expect(await typeCode(r.port, address, r.invite.code)).toMatchObject({ ok: true, value: { state: "waiting" } });
    }
    // Someone who read the code off the wall, joining again and again from one address.
    const flood: Result[] = [];
    for (let i = 0; i < MAX_WAITING; i++) flood.push(await typeCode(r.port, "127.0.5.1", r.invite.code));
    expect(flood.filter((a) => a.ok)).toHaveLength(MAX_WAITING_PER_ADDRESS);
    expect(flood.at(-1)).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/from here/) } });
    expect(await typeCode(r.port, "127.0.5.2", r.invite.code)).toMatchObject({ ok: true, value: { state: "waiting" } });
    expect((await r.status()).devices).toHaveLength(3 + MAX_WAITING_PER_ADDRESS + 1);
  });
});
