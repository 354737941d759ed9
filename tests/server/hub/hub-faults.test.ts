import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { accountOf, ADMIN, basic, HUB_TEST_MS, hubRequest, setUpPartnership, useHubs, waitUntil } from "../support/hub-fixture";

const admin = basic(ADMIN.name, ADMIN.password);
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

/** The stand-in in a child process (support/hub-child.ts), on `port` (0: a free one). */
async function startHubProcess(dataDir: string, port: number) {
  const child = fork(join(import.meta.dirname, "..", "support", "hub-child.ts"), [dataDir, String(port)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const { url, port: bound } = await new Promise<{ url: string; port: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { url: string; port: number }));
    child.once("exit", (code) => reject(new Error(`the hub process ended (${code})`)));
  });
  return { child, exited, url, port: bound };
}
const hoodDoc = (id: string, name: string) => ({ _id: `neighbourhood:${id}`, kind: "neighbourhood", value: { id, name, partnershipId: null, mergedInto: null, createdSeq: 1, updatedSeq: 1 } });
const names = (r: { db: import("better-sqlite3").Database }) => (r.db.prepare(`SELECT name FROM neighbourhood ORDER BY name`).all() as { name: string }[]).map((n) => n.name);

describe("the hub's documents are bad input, and the hub may go away", () => {
  const rooms = useRooms();
  const hubs = useHubs();

  it("keeps a document that fails its check aside, lists it, never applies it, and goes on replicating", { timeout: HUB_TEST_MS }, async () => {
    const hub = await hubs.start(rooms.tempDir());
    const setUp = await setUpPartnership(hub.url, "North Elm");
    // Written by the hub's administrator, past the hub's own check: what a damaged or hostile hub could send.
    const bad = [
      { _id: "note:aaaaaaaa1", kind: "note", value: { id: "aaaaaaaa1", text: "My neighbour at number 4 is…" } },
      { ...hoodDoc("aaaaaaaa2", "Bad shape"), value: { id: "aaaaaaaa2", name: 7 } },
      { ...hoodDoc("aaaaaaaa3", "Wrong id"), _id: "neighbourhood:somebody-else" },
    ];
    for (const doc of bad) expect((await hubRequest(`${setUp.hubUrl}/${encodeURIComponent(doc._id)}`, "PUT", admin, doc)).status).toBe(201);
    expect((await hubRequest(`${setUp.hubUrl}/neighbourhood:aaaaaaaa4`, "PUT", admin, hoodDoc("aaaaaaaa4", "Good Hill"))).status).toBe(201);
    const r = rooms.start();
    const sync = hubs.connect(r.room, r.dir, accountOf(setUp, "laptop-1"));
    await waitUntil(() => names(r).includes("Good Hill") && sync.status().quarantined.length === 3, "the good document is applied and the bad ones are kept aside");
    expect(names(r)).toEqual(["Good Hill"]);
    const listed = callOk(r, FACILITATOR, "hub.status", {}).quarantined;
    expect(listed.map((q) => [q.id, q.reason])).toEqual(
      expect.arrayContaining([
        ["note:aaaaaaaa1", expect.stringMatching(/unknown kind of record "note"/)],
        ["neighbourhood:aaaaaaaa2", expect.stringMatching(/name/)],
        ["neighbourhood:somebody-else", expect.stringMatching(/id does not match/)],
      ]),
    );
    // Replication goes on: a later document still arrives.
    expect((await hubRequest(`${setUp.hubUrl}/neighbourhood:aaaaaaaa5`, "PUT", admin, hoodDoc("aaaaaaaa5", "Later Lane"))).status).toBe(201);
    await waitUntil(() => names(r).includes("Later Lane"), "a later document arrives");
  });

  it("an observer's laptop reads the partnership but its writes are refused, in words", { timeout: HUB_TEST_MS }, async () => {
    const hub = await hubs.start(rooms.tempDir());
    const setUp = await setUpPartnership(hub.url, "North Elm");
    const writer = rooms.start();
    const officer = rooms.start();
    callOk(writer, FACILITATOR, "neighbourhoods.create", { id: newId(), name: "Elm Road estate" });
    callOk(officer, FACILITATOR, "neighbourhoods.create", { id: newId(), name: "Officer's own" });
    hubs.connect(writer.room, writer.dir, accountOf(setUp, "laptop-1"));
    const sync = hubs.connect(officer.room, officer.dir, accountOf(setUp, "observer-1"));
    await waitUntil(() => names(officer).includes("Elm Road estate"), "the observer receives the partnership's thread");
    await waitUntil(() => /may read this partnership but not write/.test(sync.status().lastError ?? ""), "the refusal is shown in words");
    const onHub = await hubRequest(`${setUp.hubUrl}/_all_docs?include_docs=true`, "GET", admin);
    expect(JSON.stringify(onHub.json)).not.toContain("Officer's own");
    expect(names(writer)).toEqual(["Elm Road estate"]);
  });

  it("a revoked laptop stops receiving and is told its account was refused", { timeout: HUB_TEST_MS }, async () => {
    const hub = await hubs.start(rooms.tempDir());
    const setUp = await setUpPartnership(hub.url, "North Elm");
    const r = rooms.start();
    const sync = hubs.connect(r.room, r.dir, accountOf(setUp, "laptop-1"));
    expect((await hubRequest(`${setUp.hubUrl}/neighbourhood:aaaaaaaa6`, "PUT", admin, hoodDoc("aaaaaaaa6", "Before"))).status).toBe(201);
    await waitUntil(() => names(r).includes("Before"), "the laptop receives");
    const userDoc = `${hub.url}/_users/${encodeURIComponent("org.couchdb.user:north-elm-laptop-1")}`;
    const account = await hubRequest(userDoc, "GET", admin);
    expect((await hubRequest(`${userDoc}?rev=${String(account.json._rev)}`, "DELETE", admin)).status).toBe(200);
    await waitUntil(() => /name or password is wrong/.test(sync.status().lastError ?? ""), "the laptop says its account was refused");
    expect((await hubRequest(`${setUp.hubUrl}/neighbourhood:aaaaaaaa7`, "PUT", admin, hoodDoc("aaaaaaaa7", "After"))).status).toBe(201);
    await new Promise((done) => setTimeout(done, 3000));
    expect(names(r)).toEqual(["Before"]);
  });

  it("the hub killed mid-replication: the laptop keeps running, says so, and catches up when it is back", { timeout: HUB_TEST_MS }, async () => {
    const hubDir = rooms.tempDir();
    let hub = await startHubProcess(hubDir, 0);
    const setUp = await setUpPartnership(hub.url, "North Elm", ["laptop-1", "laptop-2"]);
    const a = rooms.start();
    const b = rooms.start();
    const syncA = hubs.connect(a.room, a.dir, accountOf(setUp, "laptop-1"));
    hubs.connect(b.room, b.dir, accountOf(setUp, "laptop-2"));
    for (let i = 0; i < 200; i++) callOk(a, FACILITATOR, "neighbourhoods.create", { id: newId(), name: `Street ${i}` });
    await waitUntil(() => names(b).length > 0, "replication has begun");
    hub.child.kill("SIGKILL");
    await hub.exited;
    await waitUntil(() => /not reachable|was cut/.test(syncA.status().lastError ?? ""), "the laptop says the hub has gone");
    callOk(a, FACILITATOR, "neighbourhoods.create", { id: newId(), name: "Recorded while the hub was away" });
    await waitUntil(() => syncA.status().waitingToSend >= 1, "the laptop counts what waits to be sent");
    hub = await startHubProcess(hubDir, hub.port);
    await waitUntil(() => names(b).length === 201, "B has everything A recorded, once");
    expect(names(b)).toEqual(names(a));
    await waitUntil(() => syncA.status().lastError === null, "the error clears once an exchange works again");
    hub.child.kill("SIGKILL");
    await hub.exited;
  });
});
