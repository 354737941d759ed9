import { randomBytes } from "node:crypto";
import type { AdminAccount } from "./guard";
import { designDoc, DESIGN_ID, hubNames, securityDoc } from "./design";

export interface InitOptions {
  /** The server, e.g. https://hub.example.org (no database in it). */
  readonly url: string;
  readonly partnership: string;
  readonly admin: AdminAccount;
  /** Laptops' account names, without the partnership's prefix ("laptop-1", "north"). */
  readonly laptops: readonly string[];
  readonly observers: readonly string[];
}

export interface InitAccount {
  readonly name: string;
  readonly role: "laptop" | "observer";
  /** Set when the account was made now; null when it already existed (its password is unchanged). */
  readonly password: string | null;
}

export interface InitResult {
  readonly hubUrl: string;
  readonly database: string;
  readonly created: boolean;
  readonly accounts: readonly InitAccount[];
}

export class HubInitError extends Error {}

/**
 * Sets up one partnership on a CouchDB 3 server (or the stand-in) as its administrator: the
 * database, who may read it (members by role), the design document that checks every write,
 * and an account per laptop and observer. Safe to run again: what exists is kept, the design
 * is brought up to date, and no password is changed.
 */
export async function initPartnership(o: InitOptions): Promise<InitResult> {
  const names = hubNames(o.partnership);
  const base = o.url.replace(/\/+$/, "");
  const auth = `Basic ${Buffer.from(`${o.admin.name}:${o.admin.password}`).toString("base64")}`;
  const call = async (method: string, path: string, body?: unknown) => {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { method, headers: { authorization: auth, "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch (err) {
      throw new HubInitError(`The hub at ${base} is not reachable (${err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err)}).`);
    }
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.status === 401) throw new HubInitError("The hub refused the administrator's name or password.");
    return { status: res.status, json };
  };
  const expect = (r: { status: number; json: Record<string, unknown> }, what: string, ok: readonly number[]) => {
    if (!ok.includes(r.status)) throw new HubInitError(`Could not ${what}: the hub answered ${r.status} ${String(r.json.reason ?? r.json.error ?? "")}`.trim());
  };
  const made = await call("PUT", `/${names.db}`);
  expect(made, `create the database ${names.db}`, [201, 202, 412]);
  expect(await call("PUT", `/${names.db}/_security`, securityDoc(names)), "set who may read it", [200, 201]);
  const existing = await call("GET", `/${names.db}/${DESIGN_ID}`);
  const design = { ...designDoc(names), ...(existing.status === 200 ? { _rev: existing.json._rev } : {}) };
  expect(await call("PUT", `/${names.db}/${DESIGN_ID}`, design), "write the design document", [201, 202]);
  const accounts: InitAccount[] = [];
  const wanted = [...o.laptops.map((n) => ({ n, role: "laptop" as const })), ...o.observers.map((n) => ({ n, role: "observer" as const }))];
  for (const { n, role } of wanted) {
    const name = `${names.slug}-${n}`;
    const id = `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
    const had = await call("GET", id);
    if (had.status === 200) {
      accounts.push({ name, role, password: null });
      continue;
    }
    const password = randomBytes(18).toString("base64url");
    const put = await call("PUT", id, { _id: `org.couchdb.user:${name}`, name, password, type: "user", roles: [role === "laptop" ? names.laptopRole : names.observerRole] });
    expect(put, `make the account ${name}`, [201, 202]);
    accounts.push({ name, role, password });
  }
  return { hubUrl: `${base}/${names.db}`, database: names.db, created: made.status !== 412, accounts };
}

/** What each laptop needs, as lines to hand over (the passwords only once, when made). */
export function describeInit(r: InitResult): string {
  const lines = [`${r.created ? "Made" : "Kept"} the partnership's database ${r.database}: ${r.hubUrl}`];
  for (const a of r.accounts) {
    const who = a.role === "laptop" ? "Laptop" : "Observer (reads only)";
    lines.push(
      a.password === null
        ? `${who} ${a.name}: already exists; its password is unchanged.`
        : `${who} ${a.name}: HEARTH_HUB_URL=${r.hubUrl} HEARTH_HUB_USER=${a.name} HEARTH_HUB_PASSWORD=${a.password}`,
    );
  }
  return lines.join("\n");
}
