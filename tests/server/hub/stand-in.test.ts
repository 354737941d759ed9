import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hubNames } from "../../../src/server/hub/design";
import { useTempDir } from "../support/temp-dir";
import { accountOf, ADMIN, basic, HUB_TEST_MS, hubRequest, setUpPartnership, useHubs } from "../support/hub-fixture";

const admin = basic(ADMIN.name, ADMIN.password);
const photo = (bytes: number) => Buffer.alloc(bytes, 7).toString("base64");
const neighbourhood = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: `neighbourhood:${id}`,
  kind: "neighbourhood",
  value: { id, name: "Elm Road estate", partnershipId: null, mergedInto: null, createdSeq: 1, updatedSeq: 1, ...extra },
});

describe("the stand-in hub", () => {
  const tempDir = useTempDir();
  const hubs = useHubs();

  it("refuses anonymous and non-admin database creation before express-pouchdb sees it, and keeps running", { timeout: HUB_TEST_MS }, async () => {
    const dir = tempDir();
    const hub = await hubs.start(dir);
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The administrator's password is kept only as a hash.
    expect(readFileSync(join(dir, "config.json"), "utf8")).not.toContain(ADMIN.password);
    expect((await hubRequest(`${hub.url}/somewhere`, "PUT")).status).toBe(401);
    expect((await hubRequest(`${hub.url}/_users/org.couchdb.user:x`, "PUT", undefined, { name: "x", password: "y", type: "user", roles: [] })).status).toBe(401);
    const setUp = await setUpPartnership(hub.url, "North Elm");
    const laptop = accountOf(setUp, "laptop-1");
    expect((await hubRequest(`${hub.url}/another`, "PUT", basic(laptop.user, laptop.password))).status).toBe(401);
    expect((await hubRequest(`${hub.url}/another`, "PUT", basic(ADMIN.name, "wrong"))).status).toBe(401);
    // Still answering: the refusals did not take it down.
    expect((await hubRequest(`${hub.url}/`, "GET")).status).toBe(200);
    expect((await hubRequest(`${hub.url}/_all_dbs`, "GET", admin)).json).toEqual(expect.arrayContaining(["hearth-north-elm"]));
  });

  it("hub init makes the database, its security, the design and accounts, and is safe to run again", { timeout: HUB_TEST_MS }, async () => {
    const hub = await hubs.start(tempDir());
    const first = await setUpPartnership(hub.url, "North Elm", ["laptop-1", "laptop-2"], ["observer-1"]);
    expect(first).toMatchObject({ database: "hearth-north-elm", created: true, hubUrl: `${hub.url}/hearth-north-elm` });
    expect(first.accounts.map((a) => [a.name, a.role, a.password === null])).toEqual([
      ["north-elm-laptop-1", "laptop", false],
      ["north-elm-laptop-2", "laptop", false],
      ["north-elm-observer-1", "observer", false],
    ]);
    const names = hubNames("North Elm");
    expect((await hubRequest(`${first.hubUrl}/_security`, "GET", admin)).json).toMatchObject({ members: { roles: [names.laptopRole, names.observerRole] } });
    const again = await setUpPartnership(hub.url, "North Elm", ["laptop-1", "laptop-2", "laptop-3"], ["observer-1"]);
    expect(again.created).toBe(false);
    expect(again.accounts.map((a) => [a.name, a.password === null])).toEqual([
      ["north-elm-laptop-1", true],
      ["north-elm-laptop-2", true],
      ["north-elm-laptop-3", false],
      ["north-elm-observer-1", true],
    ]);
    // The first passwords still work.
    const laptop = accountOf(first, "laptop-1");
    expect((await hubRequest(`${first.hubUrl}/neighbourhood:aaaaaaaa1`, "PUT", basic(laptop.user, laptop.password), neighbourhood("aaaaaaaa1"))).status).toBe(201);
  });

  it("refuses unknown kinds, bad shapes, oversized photos and any write from an observer", { timeout: HUB_TEST_MS }, async () => {
    const hub = await hubs.start(tempDir());
    const setUp = await setUpPartnership(hub.url, "North Elm");
    const l = accountOf(setUp, "laptop-1");
    const o = accountOf(setUp, "observer-1");
    const asLaptop = basic(l.user, l.password);
    const put = (doc: { _id: string }, auth = asLaptop) => hubRequest(`${setUp.hubUrl}/${encodeURIComponent(doc._id)}`, "PUT", auth, doc);
    expect((await put(neighbourhood("bbbbbbbb1"))).status).toBe(201);
    expect((await put({ _id: "note:cccccccc1", kind: "note", value: { id: "cccccccc1", text: "a resident's words" } } as never)).json.reason).toMatch(/Unknown kind/);
    expect((await put(neighbourhood("bbbbbbbb2", { name: 42 }))).json.reason).toMatch(/name of a neighbourhood must be a string/);
    expect((await put(neighbourhood("bbbbbbbb3", { phone: "07700 900123" }))).json.reason).toMatch(/Unknown field phone/);
    expect((await put({ ...neighbourhood("bbbbbbbb4"), _id: "neighbourhood:other-id" })).json.reason).toMatch(/id is its kind/);
    const win = (id: string, bytes: number) => ({
      _id: `win:${id}`,
      kind: "win",
      value: { id, neighbourhoodId: "bbbbbbbb1", priorityId: null, on: "2026-07-01", text: "New bench", photo: null, deleted: false, seq: 3 },
      _attachments: { photo: { content_type: "image/png", data: photo(bytes) } },
    });
    expect((await put(win("dddddddd1", 1000))).status).toBe(201);
    expect((await put(win("dddddddd2", 400_000))).json.reason).toMatch(/photo is too large/);
    const asObserver = basic(o.user, o.password);
    const refused = await put(neighbourhood("eeeeeeee1"), asObserver);
    expect(refused.status).toBe(403);
    expect(refused.json.reason).toMatch(/read this partnership but not write/);
    expect((await hubRequest(`${setUp.hubUrl}/neighbourhood:bbbbbbbb1`, "GET", asObserver)).status).toBe(200);
    expect((await hubRequest(`${setUp.hubUrl}/_design/x`, "PUT", asLaptop, { _id: "_design/x" })).status).not.toBe(201);
    const docs = await hubRequest(`${setUp.hubUrl}/_all_docs`, "GET", admin);
    expect((docs.json.rows as { id: string }[]).map((r) => r.id).sort()).toEqual(["_design/hearth", "neighbourhood:bbbbbbbb1", "win:dddddddd1"]);
  });

  it("keeps one partnership's laptops out of another's database", { timeout: HUB_TEST_MS }, async () => {
    const hub = await hubs.start(tempDir());
    const a = await setUpPartnership(hub.url, "Partnership A");
    const b = await setUpPartnership(hub.url, "Partnership B");
    const bLaptop = accountOf(b, "laptop-1");
    const aLaptop = accountOf(a, "laptop-1");
    expect((await hubRequest(`${a.hubUrl}/neighbourhood:ffffffff1`, "PUT", basic(aLaptop.user, aLaptop.password), neighbourhood("ffffffff1"))).status).toBe(201);
    const asB = basic(bLaptop.user, bLaptop.password);
    expect((await hubRequest(`${a.hubUrl}/_all_docs`, "GET", asB)).status).toBe(401);
    expect((await hubRequest(`${a.hubUrl}/neighbourhood:ffffffff1`, "GET", asB)).status).toBe(401);
    expect((await hubRequest(`${a.hubUrl}/neighbourhood:ffffffff2`, "PUT", asB, neighbourhood("ffffffff2"))).status).toBe(401);
    expect((await hubRequest(`${a.hubUrl}/_changes`, "GET")).status).toBe(401);
  });
});
