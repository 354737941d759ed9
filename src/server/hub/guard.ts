import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface AdminAccount {
  readonly name: string;
  readonly password: string;
}

/** What a request may do before the stand-in sees it: the answer to send instead, or null to pass it on. */
export interface GuardRefusal {
  readonly status: number;
  readonly error: string;
  readonly reason: string;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

function basicAccount(req: IncomingMessage): AdminAccount | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(req.headers.authorization ?? "");
  if (!m) return null;
  const text = Buffer.from(m[1]!, "base64").toString("utf8");
  const at = text.indexOf(":");
  return at < 0 ? null : { name: text.slice(0, at), password: text.slice(at + 1) };
}

const hasSessionCookie = (req: IncomingMessage) => /(?:^|;\s*)AuthSession=[^;]+/.test(req.headers.cookie ?? "");

/** Paths anyone may reach: the welcome, and logging in or out. */
const OPEN = /^\/(?:_session)?$/;
/** Creating or deleting a database, or the server's configuration: the administrator's alone. */
const adminOnly = (method: string, path: string) =>
  path.startsWith("/_config") || ((method === "PUT" || method === "DELETE") && /^\/[^/]+\/?$/.test(path) && path !== "/_session");

/**
 * The guard in front of the stand-in. express-pouchdb crashes on a `PUT /<db>` from anyone but
 * an admin, and lets anonymous visitors write to `_users`; so a request without an account is
 * refused unless it only reads the welcome or logs in, and only the administrator named at
 * start creates or deletes a database.
 */
export function guardRequest(req: IncomingMessage, admin: AdminAccount): GuardRefusal | null {
  const path = (req.url ?? "/").split("?")[0]!;
  const method = req.method ?? "GET";
  const account = basicAccount(req);
  if (adminOnly(method, path)) {
    if (account && same(account.name, admin.name) && same(account.password, admin.password)) return null;
    return { status: 401, error: "unauthorized", reason: "Only the hub's administrator creates or deletes databases or changes the configuration." };
  }
  if (OPEN.test(path)) return null;
  if (!account && !hasSessionCookie(req)) return { status: 401, error: "unauthorized", reason: "Name or password is needed." };
  return null;
}

export function refuse(res: ServerResponse, r: GuardRefusal): void {
  const body = JSON.stringify({ error: r.error, reason: r.reason });
  res.writeHead(r.status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
