import { describe, expect, it } from "vitest";
import { CLOSE_REFUSED, type JoinStatus } from "../../../src/api";
import { phoneBallotId } from "../../../src/server/room/voting/keys";
import { sampleEvent } from "../support/room-fixture";
import { seedCaptureStage } from "../support/seed";
import { Client, newKey, openDoors, startHall, type Result } from "../support/join-fixture";
import { resultFor, useLan } from "../support/lan-fixture";

// Malformed and forbidden messages from devices on the hall's address, now that sessions are
// real: what a phone sends before it is let in, and what a joined phone sends that it must not. The
// facilitator's side is in bad-inputs.test.ts; who may call what, in join/join-roles.test.ts.

const changeCount = (db: { prepare(sql: string): { get(): unknown } }) => (db.prepare(`SELECT COUNT(*) AS n FROM change`).get() as { n: number }).n;
const refusedWith = (code: string) => ({ ok: false, error: { code } });

/** A room with an event whose capture stage is open, a round open on its notes, and the doors open on the hall address. */
function useHall() {
  const lan = useLan();
  return async () => {
    const { host, eventId, controller, ...started } = await startHall(lan);
    const { promptId } = seedCaptureStage(started.room.db, eventId);
    const items = [];
    for (const text of ["Street lighting", "The bus shelter"]) items.push((await host.callOk<{ id: string }>("notes.add", { id: `note_${items.length}_b5dev`, eventId, text })).id);
    const round = await host.callOk<{ id: string }>("rounds.create", { id: "round_b5_device", eventId, title: "Priorities", target: "notes", items, dotsPerVoter: 3, maxPerItem: 2, blind: true });
    await host.callOk("rounds.open", { roundId: round.id });
    const doors = await openDoors(started.lan, eventId, controller);
    const phone = () => Client.open(doors.wsUrl, { origin: doors.origin });
    /** A phone joined with the participants' QR token. */
    const participant = async () => {
      const p = await phone();
      const hello = (await p.hello(newKey(), { via: "token", token: doors.invite.tokens.participant })) as Result & { value: { deviceId: string } };
      return { p, deviceId: hello.value.deviceId };
    };
    return { ...started, host: doors.host, eventId, promptId, roundId: round.id, items, invite: doors.invite, phone, participant };
  };
}

describe("B5: bad messages from devices over the WebSocket", () => {
  const hall = useHall();

  it("refuses every call and subscription before joining, and closes the socket after 20 of them; nothing changes", async () => {
    const h = await hall();
    const before = changeCount(h.room.db);
    const stranger = await h.phone();
    const attempts: Record<string, unknown>[] = [
      { type: "call", method: "notes.add", input: { id: "note_stranger1", eventId: h.eventId, text: "in without joining" }, commandId: "cmd_stranger_001" },
      { type: "call", method: "votes.add", input: { roundId: h.roundId, itemId: h.items[0] }, commandId: "cmd_stranger_002" },
      { type: "call", method: "events.list", input: {} },
      { type: "subscribe", eventId: h.eventId, sinceSeq: 0 },
    ];
    for (let i = 0; i < 19; i++) {
      expect(await stranger.request(attempts[i % attempts.length]!)).toMatchObject({ ok: false, error: { code: "forbidden", message: "Join the event first." } });
    }
    // The twentieth is answered too, then the socket is closed: it cannot keep knocking.
    expect(await stranger.request(attempts[0]!)).toMatchObject(refusedWith("forbidden"));
    expect(await stranger.closed).toBe(CLOSE_REFUSED);

    // A phone that typed the code waits: the same refusals until the facilitator lets it in, and the same limit.
    const waiting = await h.phone();
    expect(await waiting.hello(newKey(), { via: "code", code: h.invite.code })).toMatchObject({ ok: true, value: { state: "waiting" } });
    for (let i = 0; i < 19; i++) {
      expect(await waiting.request(attempts[i % attempts.length]!)).toMatchObject({ ok: false, error: { code: "forbidden", message: "The facilitator has not let this device in yet." } });
    }
    await waiting.request(attempts[1]!);
    expect(await waiting.closed).toBe(CLOSE_REFUSED);
    expect(changeCount(h.room.db)).toBe(before);
    expect(h.room.db.prepare(`SELECT COUNT(*) AS n FROM note WHERE id = 'note_stranger1'`).get()).toEqual({ n: 0 });
  });

  it("refuses malformed hellos (wrong types, extra keys, a role, __proto__) without creating a device", async () => {
    const h = await hall();
    const token = h.invite.tokens.participant;
    const raws = [
      JSON.stringify({ type: "hello", id: 0, key: 12345, join: { via: "token", token } }),
      JSON.stringify({ type: "hello", id: 0, key: newKey(), join: { via: "token", token, role: "facilitator" } }),
      JSON.stringify({ type: "hello", id: 0, key: newKey(), role: "facilitator", join: { via: "token", token } }),
      JSON.stringify({ type: "hello", id: 0, key: newKey(), join: { via: "magic" } }),
      JSON.stringify({ type: "hello", id: 0, key: newKey(), join: [token] }),
      `{"type":"hello","id":0,"key":"${newKey()}","join":{"via":"token","token":"${token}","__proto__":{"role":"facilitator"}}}`,
      `{"type":"hello","id":0,"key":"${newKey()}","__proto__":{"join":{"via":"token","token":"${token}"}}}`,
    ];
    for (const raw of raws) {
      const p = await h.phone();
      p.ws.send(raw);
      const answer = (await p.f.next(resultFor(0))) as { result: Result };
      expect(answer.result, raw.slice(0, 90)).toMatchObject(refusedWith("bad_request"));
      // Still nobody: a call is refused as from a stranger.
      expect(await p.call("events.snapshot", { eventId: h.eventId })).toMatchObject({ ok: false, error: { code: "forbidden", message: "Join the event first." } });
    }
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect((await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId })).devices).toEqual([]);
  });

  it("a joined phone: a forged author or voter, another event, unknown methods, huge arrays and __proto__ are refused; its own vote counts once", async () => {
    const h = await hall();
    const { p, deviceId } = await h.participant();
    const other = await h.host.callOk<{ id: string }>("events.create", { ...sampleEvent(), id: "evt_b5_elsewhere", title: "Another event" });
    const before = changeCount(h.room.db);
    const note = { id: "note_b5_forged", eventId: h.eventId, text: "Who wrote me?", promptId: h.promptId };
    const vote = { roundId: h.roundId, itemId: h.items[0] };
    const cases: [Record<string, unknown>, string][] = [
      // Forged authorship: the author and the voter are the device, never a field.
      [{ type: "call", method: "notes.add", input: { ...note, author: "facilitator" }, commandId: "cmd_b5_dev_0001" }, "invalid_input"],
      [{ type: "call", method: "notes.add", input: { ...note, source: "typed", authorDevice: "dev_someone_else" }, commandId: "cmd_b5_dev_0002" }, "invalid_input"],
      [{ type: "call", method: "votes.add", input: { ...vote, deviceId: "dev_someone_else" }, commandId: "cmd_b5_dev_0003" }, "invalid_input"],
      [{ type: "call", method: "votes.add", input: vote, commandId: "cmd_b5_dev_0004", actor: "facilitator" }, "bad_request"],
      [{ type: "call", method: "votes.castFor", input: { roundId: h.roundId, voterId: "voter_b5_0001", dots: [{ itemId: h.items[0], dots: 2 }] }, commandId: "cmd_b5_dev_0005" }, "forbidden"],
      // Outside its own event.
      [{ type: "call", method: "events.snapshot", input: { eventId: other.id } }, "forbidden"],
      [{ type: "subscribe", eventId: other.id, sinceSeq: 0 }, "forbidden"],
      // Methods that do not exist, or name the object's own machinery.
      [{ type: "call", method: "votes.stuff", input: vote, commandId: "cmd_b5_dev_0006" }, "bad_request"],
      [{ type: "call", method: "__proto__", input: {}, commandId: "cmd_b5_dev_0007" }, "bad_request"],
      [{ type: "call", method: "constructor", input: {} }, "bad_request"],
      [{ type: "call", method: "votes.add.call", input: vote, commandId: "cmd_b5_dev_0008" }, "bad_request"],
      // Huge arrays, within the 16 KiB frame.
      [{ type: "call", method: "votes.add", input: { roundId: h.roundId, itemId: Array(3000).fill(0) }, commandId: "cmd_b5_dev_0009" }, "invalid_input"],
      [{ type: "call", method: "votes.mine", input: Array(3000).fill(h.roundId.slice(0, 1)) }, "invalid_input"],
      [{ type: "call", method: "votes.add", input: vote, commandId: Array(2000).fill("a") }, "bad_request"],
    ];
    for (const [frame, code] of cases) expect(await p.request(frame), JSON.stringify(frame).slice(0, 100)).toMatchObject(refusedWith(code));
    // __proto__ as raw JSON keys (JSON.parse makes them own properties; nothing may read them as the prototype).
    const raws = [
      `{"type":"call","id":900,"method":"notes.add","commandId":"cmd_b5_dev_0900","input":{"id":"note_b5_proto","eventId":"${h.eventId}","text":"x","__proto__":{"author":"facilitator"}}}`,
      `{"type":"call","id":901,"method":"votes.add","commandId":"cmd_b5_dev_0901","input":{"roundId":"${h.roundId}","__proto__":{"itemId":"${h.items[1]}"}}}`,
      `{"type":"call","id":902,"__proto__":{"method":"events.list","input":{}}}`,
      `{"type":"call","id":903,"method":"votes.mine","input":{"roundId":"${h.roundId}","constructor":{"prototype":{"polluted":true}}}}`,
    ];
    for (const raw of raws) {
      p.ws.send(raw);
      const id = (JSON.parse(raw) as { id: number }).id;
      const answer = (await p.f.next((f) => (f as { id?: number }).id === id)) as { result: Result };
      expect(answer.result, raw.slice(0, 90)).toMatchObject({ ok: false });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).author).toBeUndefined();
    expect(changeCount(h.room.db)).toBe(before);

    // The phone still works, as itself: its note is its own, its dot is on its own ballot, once.
    expect(await p.call("notes.add", note, "cmd_b5_dev_honest")).toMatchObject({ ok: true });
    expect(await p.call("votes.add", vote, "cmd_b5_dev_vote1")).toMatchObject({ ok: true, value: { dots: [{ itemId: h.items[0], dots: 1 }] } });
    expect(await p.call("votes.add", vote, "cmd_b5_dev_vote1")).toMatchObject({ ok: true, value: { dots: [{ itemId: h.items[0], dots: 1 }] } });
    expect(h.room.db.prepare(`SELECT author_device AS a FROM note WHERE id = ?`).get(note.id)).toEqual({ a: deviceId });
    expect(h.room.db.prepare(`SELECT id, total FROM ballot WHERE round_id = ?`).all(h.roundId)).toEqual([{ id: phoneBallotId(h.roundId, deviceId), total: 1 }]);
    expect((await h.host.call("events.list", {})).ok).toBe(true);
  });
});
