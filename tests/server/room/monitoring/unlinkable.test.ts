import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newId } from "../../../../src/api";
import { defaultMonitoringSet, type Change } from "../../../../src/core";
import { FACILITATOR, type Actor } from "../../../../src/server/room/actor";
import { callOk, useRooms } from "../../support/room-fixture";
import { createRound, NOTETAKER, votingEvent } from "../../support/voting-fixture";

// Distinctive answers: each option id below appears in no other table's text.
const ANSWERS: { questionId: string; optionId: string }[][] = [
  [{ questionId: "age", optionId: "16-24" }, { questionId: "ethnicity", optionId: "gypsy-traveller" }, { questionId: "carer", optionId: "yes" }],
  [{ questionId: "age", optionId: "75-plus" }, { questionId: "ethnicity", optionId: "white-black-caribbean" }, { questionId: "religion", optionId: "sikh" }],
  [{ questionId: "age", optionId: "16-24" }, { questionId: "disability", optionId: "yes-a-little" }],
  [{ questionId: "age", optionId: "prefer-not" }, { questionId: "ethnicity", optionId: "prefer-not" }, { questionId: "religion", optionId: "prefer-not" }],
  [{ questionId: "ethnicity", optionId: "gypsy-traveller" }, { questionId: "religion", optionId: "sikh" }],
  [{ questionId: "age", optionId: "75-plus" }],
];
const OPTION_IDS = ["16-24", "75-plus", "gypsy-traveller", "white-black-caribbean", "sikh", "yes-a-little", "prefer-not"];

describe("About you: nothing links an answer to a device, a note, a ballot or a time", { timeout: 60_000 }, () => {
  const rooms = useRooms();

  it("keeps counts per option only, marks a phone as having answered and nothing more, and feeds totals to the facilitator alone", async () => {
    const r = rooms.start();
    const { event, ids } = votingEvent(r);
    const eventId = event.id;
    callOk(r, FACILITATOR, "monitoring.save", { ...defaultMonitoringSet(eventId), enabled: true });
    const round = createRound(r, eventId, { blind: false });
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    // Phones answer in an order that is not their ids' order: the store must not keep the order.
    const phones: Actor[] = [5, 2, 0, 4, 1, 3].map((n) => ({ deviceId: `phone-device-${n}`, role: "participant", eventId }));
    const pushed: Change[] = [];
    const phonePushes: Change[] = [];
    const facilitatorPushes: Change[] = [];
    r.room.subscribe(FACILITATOR, eventId, 0, (c) => facilitatorPushes.push(c));
    r.room.subscribe(phones[0]!, eventId, 0, (c) => phonePushes.push(c));
    phones.forEach((p, i) => {
      callOk(r, p, "votes.add", { roundId: round.id, itemId: ids[i % ids.length]! });
      const commandId = newId();
      expect(callOk(r, p, "monitoring.answer", { eventId, answers: ANSWERS[i]! }, commandId)).toEqual({ answered: true });
      // Right after an answer the WAL holds no copy of the counts' pages (purged).
      expect(statSync(join(r.dir, "hearth.db-wal")).size).toBe(0);
      // A resend, and a second set of answers, change nothing.
      expect(callOk(r, p, "monitoring.answer", { eventId, answers: ANSWERS[i]! }, commandId)).toEqual({ answered: true });
      callOk(r, p, "monitoring.answer", { eventId, answers: [{ questionId: "sex", optionId: "female" }] });
      expect(callOk(r, p, "monitoring.mine", { eventId })).toEqual({ answered: true });
    });
    callOk(r, NOTETAKER, "monitoring.tally", { eventId, questionId: "age", optionId: "16-24", count: 3 });
    callOk(r, FACILITATOR, "monitoring.tally", { eventId, questionId: "age", optionId: "16-24", count: 4 });

    const counts = callOk(r, FACILITATOR, "monitoring.counts", { eventId });
    expect(counts.phones).toBe(6);
    expect(counts.phone).toEqual([
      { questionId: "age", optionId: "16-24", count: 2 },
      { questionId: "age", optionId: "75-plus", count: 2 },
      { questionId: "age", optionId: "prefer-not", count: 1 },
      { questionId: "carer", optionId: "yes", count: 1 },
      { questionId: "disability", optionId: "yes-a-little", count: 1 },
      { questionId: "ethnicity", optionId: "gypsy-traveller", count: 2 },
      { questionId: "ethnicity", optionId: "prefer-not", count: 1 },
      { questionId: "ethnicity", optionId: "white-black-caribbean", count: 1 },
      { questionId: "religion", optionId: "prefer-not", count: 1 },
      { questionId: "religion", optionId: "sikh", count: 2 },
    ]);
    expect(counts.paper).toEqual([{ questionId: "age", optionId: "16-24", count: 4 }]);

    // Every table, every column.
    const tables = (r.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    const columns = (t: string) => (r.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name);
    expect(columns("monitoring_count")).toEqual(["event_id", "source", "question_id", "option_id", "count"]);
    expect(columns("monitoring_answered")).toEqual(["event_id", "device_id"]);
    const deviceIds = phones.map((p) => p.deviceId);
    for (const table of tables) {
      const rows = r.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      for (const row of rows) {
        const text = JSON.stringify(row);
        const hasAnswer = OPTION_IDS.some((o) => text.includes(`"${o}"`) || text.includes(`/${o}"`));
        const hasDevice = deviceIds.some((d) => text.includes(d));
        // An answer is only in the counts (and the set lists the options); a device is never beside one.
        if (hasAnswer) expect(["monitoring_count", "monitoring_set", "change", "applied_command"], `${table}: ${text}`).toContain(table);
        expect(hasAnswer && hasDevice, `${table} links an answer to a device: ${text}`).toBe(false);
        if (table === "monitoring_count") expect(Object.keys(row).sort()).toEqual(["count", "event_id", "option_id", "question_id", "source"]);
        if (table === "applied_command" && row.method === "monitoring.answer") expect(row.result).toBe(`{"answered":true}`);
        // No time beside an answer: the feed has no answer in it, only the paper tallies typed by a helper and the facilitator.
        if (table === "change" && hasAnswer) expect(row.command, text).toBe("monitoring.tally");
        if (table === "applied_command" && hasAnswer) expect(row.method, text).toBe("monitoring.tally");
      }
    }
    // The phones' answered marks are in key order, not the order they answered in.
    const answered = (r.db.prepare(`SELECT * FROM monitoring_answered`).all() as { device_id: string }[]).map((x) => x.device_id);
    expect(answered).toEqual([...deviceIds].sort());
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM change WHERE command = 'monitoring.answer'`).get()).toEqual({ n: 0 });

    // The paper tallies are in the feed for the facilitator; no phone is pushed a total.
    await new Promise((done) => setTimeout(done, 20)); // pushes follow the commit
    expect(facilitatorPushes.filter((c) => c.upserts.some((u) => u.kind === "monitoringTally"))).toHaveLength(2);
    pushed.push(...phonePushes);
    expect(JSON.stringify(pushed)).not.toContain("monitoring");
    expect(JSON.stringify(callOk(r, phones[0]!, "events.snapshot", { eventId }))).not.toContain("monitoring");
    // And the file itself: no answered option id shares a page with a device id.
    r.db.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = readFileSync(join(r.dir, "hearth.db"));
    const PAGE = 4096;
    for (let at = 0; at < bytes.length; at += PAGE) {
      const page = bytes.subarray(at, at + PAGE).toString("latin1");
      const answer = ["gypsy-traveller", "white-black-caribbean", "yes-a-little"].some((o) => page.includes(o));
      const device = deviceIds.some((d) => page.includes(d));
      if (answer && device) expect.fail(`page ${at / PAGE} holds an answer beside a device id`);
    }

    // Deleting the event takes its set, counts and answered marks with it.
    callOk(r, FACILITATOR, "events.delete", { eventId, confirmTitle: event.title });
    for (const table of ["monitoring_set", "monitoring_count", "monitoring_answered"])
      expect(r.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM applied_command WHERE method LIKE 'monitoring.%'`).get()).toEqual({ n: 0 });
  });

  it("sends a phone the questions, not the organiser's target groups", () => {
    const r = rooms.start();
    const { event } = votingEvent(r);
    const targets = [{ id: "young-carers", label: "Young carers", questionId: "carer", optionId: "yes", hopedFor: 10 }];
    callOk(r, FACILITATOR, "monitoring.save", { ...defaultMonitoringSet(event.id), enabled: true, targets });
    const phone: Actor = { deviceId: "phone-device-9", role: "participant", eventId: event.id };
    expect(callOk(r, phone, "monitoring.set", { eventId: event.id }).targets).toEqual([]);
    expect(callOk(r, NOTETAKER, "monitoring.set", { eventId: event.id }).targets).toEqual([]);
    expect(callOk(r, FACILITATOR, "monitoring.set", { eventId: event.id }).targets).toEqual(targets);
  });

  it("refuses answers the set does not ask, and answers from phones of an event that does not ask", () => {
    const r = rooms.start();
    const { event } = votingEvent(r);
    const phone: Actor = { deviceId: "phone-device-9", role: "participant", eventId: event.id };
    const off = r.room.call(phone, { method: "monitoring.answer", input: { eventId: event.id, answers: [] }, commandId: newId() });
    expect(off).toMatchObject({ ok: false, error: { message: "This event does not ask “About you”." } });
    callOk(r, FACILITATOR, "monitoring.save", { ...defaultMonitoringSet(event.id), enabled: true });
    const wrong = r.room.call(phone, { method: "monitoring.answer", input: { eventId: event.id, answers: [{ questionId: "age", optionId: "sikh" }] }, commandId: newId() });
    expect(wrong).toMatchObject({ ok: false, error: { message: "That answer is not one of the question's options." } });
    expect(callOk(r, phone, "monitoring.mine", { eventId: event.id })).toEqual({ answered: false });
    expect(callOk(r, FACILITATOR, "monitoring.counts", { eventId: event.id }).phone).toEqual([]);
  });
});
