import { afterEach } from "vitest";
import { initPartnership, type InitResult } from "../../../src/server/hub/init";
import { startStandIn, type RunningStandIn } from "../../../src/server/hub/stand-in";
import { HubSync, type HubAccount } from "../../../src/server/hub/sync";
import type { Room } from "../../../src/server/room/room";

export const ADMIN = { name: "hub-admin", password: "correct horse battery staple" };

/** Time for replication on a loaded 2-core machine: generous, and a passing test takes no longer. */
export const HUB_TEST_MS = 120_000;
export const HUB_WAIT_MS = 60_000;

/** Stand-in hubs and replications, all stopped after each test. */
export function useHubs() {
  const hubs: RunningStandIn[] = [];
  const syncs: HubSync[] = [];
  afterEach(async () => {
    for (const s of syncs.splice(0)) await s.stop();
    for (const h of hubs.splice(0)) await h.close();
  });
  return {
    async start(dataDir: string, port = 0): Promise<RunningStandIn> {
      const hub = await startStandIn({ dataDir, host: "127.0.0.1", port, admin: ADMIN });
      hubs.push(hub);
      return hub;
    },
    connect(room: Room, dataDir: string, account: HubAccount): HubSync {
      const sync = new HubSync(room, dataDir, account);
      syncs.push(sync);
      room.provide({ hub: sync });
      sync.start();
      return sync;
    },
    async stopSync(sync: HubSync): Promise<void> {
      syncs.splice(syncs.indexOf(sync), 1);
      await sync.stop();
    },
  };
}

export const setUpPartnership = (url: string, partnership: string, laptops = ["laptop-1"], observers = ["observer-1"]): Promise<InitResult> =>
  initPartnership({ url, partnership, admin: ADMIN, laptops, observers });

/** The account of one laptop (or observer) just made: the hub's address for the partnership, the name and password. */
export function accountOf(r: InitResult, name: string): HubAccount {
  const a = r.accounts.find((x) => x.name.endsWith(`-${name}`));
  if (!a?.password) throw new Error(`no new account ${name}`);
  return { url: r.hubUrl, user: a.name, password: a.password };
}

export const basic = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`).toString("base64")}`;

/** One HTTP request to the hub, its status and JSON answer. */
export async function hubRequest(url: string, method: string, auth?: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

/** Waits for `check` to hold, asking every 100 ms; throws with `what` after `ms`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, ms = HUB_WAIT_MS): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
