import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { recordHash } from "../../../src/server/hub/documents";
import { threadRecords } from "../../../src/server/hub/thread-records";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk, useRooms } from "../support/room-fixture";
import { adoptTopThree, listeningToFinalRound, THEMES } from "../support/thread-fixture";
import { accountOf, ADMIN, basic, HUB_TEST_MS, hubRequest, setUpPartnership, useHubs, waitUntil } from "../support/hub-fixture";

const PHOTO = `data:image/png;base64,${Buffer.from("a small photo of the new bench").toString("base64")}`;
const hashes = (r: RunningRoom) => threadRecords(r.db).map(recordHash).sort().join();

/** A neighbourhood's offline evening: a listening event to a final round, priorities adopted, and the thread's facts. */
function offlineEvening(r: RunningRoom, neighbourhood: string, partnership: string, ballot: string) {
  const { event, noteIds } = listeningToFinalRound(r, { neighbourhood, partnership, laptopBallot: ballot });
  const { priorities } = adoptTopThree(r, event.id);
  const p = priorities[0]!;
  callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: p.id, status: "some-progress", on: "2026-07-01", note: "Lights ordered" });
  callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: p.neighbourhoodId, priorityId: p.id, on: "2026-07-02", text: "New bench", photo: PHOTO });
  const m = callOk(r, FACILITATOR, "measures.add", { id: newId(), neighbourhoodId: p.neighbourhoodId, priorityId: p.id, kind: "series", name: "Street lights working", unit: "%" });
  callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: m.id, on: "2026-07-03", value: 60, source: "Council survey" });
  callOk(r, FACILITATOR, "experiments.add", { id: newId(), neighbourhoodId: p.neighbourhoodId, priorityId: p.id, title: "Walk the underpass at dusk", reviewOn: "2026-09-01" });
  return { event, priorities, noteIds };
}

describe("the thread across three laptops and a hub", () => {
  const rooms = useRooms();
  const hubs = useHubs();

  it("records offline on two laptops, then all three converge; later changes follow within seconds", { timeout: HUB_TEST_MS }, async () => {
    const [a, b, c] = [rooms.start(), rooms.start(), rooms.start()];
    const elm = offlineEvening(a, "Elm Road estate", "North Elm", "ballot-voter-elm-1");
    const park = offlineEvening(b, "Park View", "", "ballot-voter-park-1");
    const hub = await hubs.start(rooms.tempDir());
    const setUp = await setUpPartnership(hub.url, "North Elm", ["laptop-1", "laptop-2", "laptop-3"]);
    const syncs = [a, b, c].map((r, i) => hubs.connect(r.room, r.dir, accountOf(setUp, `laptop-${i + 1}`)));
    await waitUntil(() => hashes(a) === hashes(b) && hashes(b) === hashes(c) && threadRecords(c.db).length === threadRecords(a.db).length && threadRecords(c.db).length > 20, "the three laptops hold the same thread");
    // C, which recorded nothing, shows both neighbourhoods' priorities, the win's photo and the reading.
    const elmThread = callOk(c, FACILITATOR, "neighbourhoods.thread", { id: elm.priorities[0]!.neighbourhoodId });
    expect(elmThread.priorities.map((p) => [p.priority.title, p.status])).toEqual([
      ["Safe streets", "some-progress"],
      ["GP access", "not-started"],
      ["Young people", "not-started"],
    ]);
    expect(elmThread.priorities[0]!.priority.quotes.map((q) => q.text)).toEqual(["The underpass is dark after six"]);
    expect(JSON.stringify(elmThread)).toContain(PHOTO);
    expect(callOk(c, FACILITATOR, "neighbourhoods.thread", { id: park.priorities[0]!.neighbourhoodId }).neighbourhood.name).toBe("Park View");
    // Online now: a change on B reaches A and C.
    callOk(b, FACILITATOR, "priorities.update", { id: park.priorities[1]!.id, lead: "Housing officer" });
    await waitUntil(() => [a, c].every((r) => callOk(r, FACILITATOR, "neighbourhoods.thread", { id: park.priorities[0]!.neighbourhoodId }).priorities[1]!.priority.lead === "Housing officer"), "B's change is on A and C");
    for (const s of syncs) await waitUntil(() => s.status().lastSyncedAt !== null && s.status().lastError === null, "each laptop says when it last synced");
    expect(callOk(a, FACILITATOR, "hub.status", {})).toMatchObject({ on: true, url: setUp.hubUrl, user: "north-elm-laptop-1", lastError: null, quarantined: [] });

    // The hub holds the thread and nothing else: no note that was not chosen as a quote, no ballot, no device.
    const all = await hubRequest(`${setUp.hubUrl}/_all_docs?include_docs=true&attachments=true`, "GET", basic(ADMIN.name, ADMIN.password));
    const onHub = JSON.stringify(all.json);
    const attachments = (all.json.rows as { doc: { _attachments?: Record<string, { data: string }> } }[]).flatMap((row) => Object.values(row.doc._attachments ?? {}));
    expect(attachments.map((x) => Buffer.from(x.data, "base64").toString())).toEqual(["a small photo of the new bench", "a small photo of the new bench"]);
    const quoted = new Set([...elm.priorities, ...park.priorities].flatMap((p) => p.quotes.map((q) => q.text)));
    const unquoted = Object.values(THEMES).flat().filter((t) => !quoted.has(t));
    expect(unquoted.length).toBeGreaterThan(2);
    const decoded = onHub + attachments.map((x) => Buffer.from(x.data, "base64").toString()).join();
    for (const text of unquoted) expect(decoded).not.toContain(JSON.stringify(text).slice(1, -1));
    const devices = [a, b].flatMap((r) => (r.db.prepare(`SELECT id, label FROM device`).all() as { id: string; label: string }[]).flatMap((d) => [d.id, d.label]));
    for (const d of devices) expect(decoded).not.toContain(d);
    const ballots = [a, b].flatMap((r) => (r.db.prepare(`SELECT id FROM ballot`).all() as { id: string }[]).map((row) => row.id));
    expect(ballots).toHaveLength(2);
    for (const voter of ballots) expect(decoded).not.toContain(voter);
    expect(new Set((all.json.rows as { id: string }[]).map((r) => r.id.split(":")[0]))).toEqual(
      new Set(["_design/hearth", "partnership", "neighbourhood", "priority", "priorityStatus", "themeLink", "win", "measure", "reading", "experiment"]),
    );
  });
});
