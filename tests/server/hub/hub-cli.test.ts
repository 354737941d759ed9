import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/server/cli-args";
import { hubAccountFromEnv } from "../../../src/server/cli-hub";
import { useTempDir } from "../support/temp-dir";
import Database from "better-sqlite3";
import { FACILITATOR } from "../../../src/server/room/actor";
import { startRoom } from "../../../src/server/start-room";
import { callOk } from "../support/room-fixture";
import { accountOf, ADMIN, basic, HUB_TEST_MS, hubRequest, setUpPartnership, waitUntil } from "../support/hub-fixture";

const ENTRY = join(import.meta.dirname, "..", "..", "..", "src", "server", "cli-entry.ts");
const adminEnv = { HEARTH_HUB_ADMIN_USER: ADMIN.name, HEARTH_HUB_ADMIN_PASSWORD: ADMIN.password };

/** `hearth …` from the sources (through tsx), its output gathered as it comes. */
function hearth(args: readonly string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HEARTH_HUB_URL: undefined, HEARTH_HUB_USER: undefined, HEARTH_HUB_PASSWORD: undefined, HEARTH_PORT: undefined, ...env },
  });
  const out = { stdout: "", stderr: "", code: null as number | null };
  child.stdout.setEncoding("utf8").on("data", (c: string) => (out.stdout += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (out.stderr += c));
  const done = new Promise<typeof out>((resolve) => child.once("close", (code) => resolve({ ...out, code })));
  return { child, out, done };
}

describe("hearth hub on the command line", () => {
  const tempDir = useTempDir();
  const running: ChildProcess[] = [];
  afterEach(() => {
    for (const c of running.splice(0)) c.kill("SIGKILL");
  });

  it("refuses plain http to another computer unless accepted, and an account in the address", () => {
    const env = { HEARTH_HUB_USER: "north-elm-laptop-1", HEARTH_HUB_PASSWORD: "pw" };
    expect(hubAccountFromEnv("http://192.168.1.20:5984/hearth-north-elm", env)).toMatchObject({ error: expect.stringContaining("unencrypted") });
    expect(hubAccountFromEnv("http://192.168.1.20:5984/hearth-north-elm", { ...env, HEARTH_HUB_ALLOW_HTTP: "1" })).toMatchObject({ user: "north-elm-laptop-1" });
    expect(hubAccountFromEnv("http://127.0.0.1:5984/hearth-north-elm/", env)).toEqual({ url: "http://127.0.0.1:5984/hearth-north-elm", user: "north-elm-laptop-1", password: "pw" });
    expect(hubAccountFromEnv("https://hub.example.org/hearth-north-elm", env)).toMatchObject({ user: "north-elm-laptop-1" });
    expect(hubAccountFromEnv("https://a:b@hub.example.org/hearth-north-elm", env)).toMatchObject({ error: expect.stringContaining("not in its address") });
  });

  it("parses --hub and HEARTH_HUB_URL, and refuses an address that is not http(s)", () => {
    expect(parseArgs(["serve", "--hub", "https://hub.example.org/hearth-north-elm"], {})).toMatchObject({ options: { hub: "https://hub.example.org/hearth-north-elm" } });
    expect(parseArgs(["serve"], { HEARTH_HUB_URL: "http://127.0.0.1:5984/hearth-x" })).toMatchObject({ options: { hub: "http://127.0.0.1:5984/hearth-x" } });
    expect(parseArgs(["serve", "--hub", "ftp://hub"], {})).toMatchObject({ error: expect.stringContaining("http:// or https://") });
    expect(parseArgs(["hub", "serve", "--data", "x"], {})).toEqual({ name: "hub", argv: ["serve", "--data", "x"] });
  });

  it("serves the stand-in on a free port, sets up a partnership, and is safe to set up again", { timeout: HUB_TEST_MS }, async () => {
    const noAdmin = await hearth(["hub", "serve", "--data", tempDir(), "--port", "0"]).done;
    expect(noAdmin.code).toBe(2);
    expect(noAdmin.stderr).toMatch(/HEARTH_HUB_ADMIN_USER/);
    const hub = hearth(["hub", "serve", "--data", tempDir(), "--port", "0"], adminEnv);
    running.push(hub.child);
    await waitUntil(() => /running at http:\/\/127\.0\.0\.1:\d+/.test(hub.out.stdout), "the stand-in prints its address");
    const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(hub.out.stdout)![1]!;
    expect(hub.out.stdout).toMatch(/this computer only/);
    const first = await hearth(["hub", "init", "--url", url, "--partnership", "North Elm", "--laptops", "2"], adminEnv).done;
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Made the partnership's database hearth-north-elm: ${url}/hearth-north-elm`);
    expect(first.stdout).toMatch(/Laptop north-elm-laptop-1: HEARTH_HUB_URL=\S+ HEARTH_HUB_USER=north-elm-laptop-1 HEARTH_HUB_PASSWORD=\S{20,}/);
    expect(first.stdout).toMatch(/Laptop north-elm-laptop-2: /);
    expect(first.stdout).toMatch(/Observer \(reads only\) north-elm-observer-1: /);
    const again = await hearth(["hub", "init", "--url", url, "--partnership", "North Elm", "--laptops", "2"], adminEnv).done;
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Kept the partnership's database hearth-north-elm");
    expect(again.stdout).toContain("Laptop north-elm-laptop-1: already exists; its password is unchanged.");
    expect(again.stdout).not.toMatch(/HEARTH_HUB_PASSWORD/);
    const wrong = await hearth(["hub", "init", "--url", url, "--partnership", "North Elm"], { ...adminEnv, HEARTH_HUB_ADMIN_PASSWORD: "nope" }).done;
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/refused the administrator's name or password/);
    // hearth serve --hub: the account only from the environment.
    const noAccount = await hearth(["serve", "--port", "0", "--data", tempDir(), "--hub", `${url}/hearth-north-elm`]).done;
    expect(noAccount.code).toBe(2);
    expect(noAccount.stderr).toMatch(/HEARTH_HUB_USER and HEARTH_HUB_PASSWORD/);
  });

  it("hearth serve --hub replicates the thread both ways, with the account from the environment", { timeout: HUB_TEST_MS }, async () => {
    const hub = hearth(["hub", "serve", "--data", tempDir(), "--port", "0"], adminEnv);
    running.push(hub.child);
    await waitUntil(() => /running at http:\/\/127\.0\.0\.1:\d+/.test(hub.out.stdout), "the stand-in prints its address");
    const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(hub.out.stdout)![1]!;
    const setUp = await setUpPartnership(url, "North Elm");
    const laptop = accountOf(setUp, "laptop-1");
    // A neighbourhood recorded on this laptop before it joined.
    const data = tempDir();
    const before = startRoom(data);
    callOk(before, FACILITATOR, "neighbourhoods.create", { id: "elmroad0001", name: "Elm Road estate" });
    before.close();
    const serve = hearth(["serve", "--port", "0", "--data", data, "--hub", setUp.hubUrl], { HEARTH_HUB_USER: laptop.user, HEARTH_HUB_PASSWORD: laptop.password });
    running.push(serve.child);
    await waitUntil(() => /replicates with the partnership hub at/.test(serve.out.stdout), "hearth serve says it replicates");
    expect(serve.out.stdout).not.toContain(laptop.password);
    const asAdmin = basic(ADMIN.name, ADMIN.password);
    await waitUntil(async () => (await hubRequest(`${setUp.hubUrl}/neighbourhood:elmroad0001`, "GET", asAdmin)).status === 200, "the laptop's neighbourhood is on the hub");
    const other = { _id: "neighbourhood:parkview001", kind: "neighbourhood", value: { id: "parkview001", name: "Park View", partnershipId: null, mergedInto: null, createdSeq: 1, updatedSeq: 1 } };
    expect((await hubRequest(`${setUp.hubUrl}/neighbourhood:parkview001`, "PUT", asAdmin, other)).status).toBe(201);
    const db = new Database(join(data, "hearth.db"), { readonly: true });
    try {
      await waitUntil(() => db.prepare(`SELECT 1 FROM neighbourhood WHERE id = 'parkview001'`).get() !== undefined, "another laptop's neighbourhood reaches this one");
    } finally {
      db.close();
    }
  });
});
