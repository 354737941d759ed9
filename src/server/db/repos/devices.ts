import type { Database } from "better-sqlite3";
import { z } from "zod";
import { DeviceInfo, DeviceRole, EventId, type DeviceView } from "../../../core";
import { defineTable } from "./table";
import type { ReadonlyDatabase } from "../prepared";

/** A device as stored: what the join panel lists, less `online` and `slowed` (they live in memory), plus when it was let in or cut off. */
export const DeviceRecord = DeviceInfo.omit({ online: true, slowed: true }).extend({
  approvedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type DeviceRecord = z.infer<typeof DeviceRecord>;

const table = defineTable(DeviceRecord, "device", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  role: ["role", "text"],
  label: ["label", "text"],
  table: ["table_label", "text"],
  state: ["state", "text"],
  joinedVia: ["joined_via", "text"],
  address: ["address", "text"],
  createdAt: ["created_at", "text"],
  lastSeenAt: ["last_seen_at", "nullableText"],
  approvedAt: ["approved_at", "nullableText"],
  revokedAt: ["revoked_at", "nullableText"],
});

export const devices = {
  /** The key's hash is written once, here; nothing else reads it back out. */
  insert: (db: Database, d: DeviceRecord, keyHash: string) => table.insert(db, d, { key_hash: keyHash }),
  update: (db: Database, d: DeviceRecord) => table.update(db, d),
  get: (db: ReadonlyDatabase, id: string) => table.get(db, id),
  byKeyHash: (db: ReadonlyDatabase, keyHash: string): DeviceRecord | undefined => {
    const row = db.prepare(`SELECT * FROM device WHERE key_hash = ?`).get(keyHash) as Record<string, unknown> | undefined;
    return row && table.fromRow(row);
  },
  listByEvent: (db: ReadonlyDatabase, eventId: string) => table.listByEvent(db, eventId, "created_at, id"),
  /** How many devices of a role an event has had, to name the next one ("Participant 4"). */
  countByRole: (db: ReadonlyDatabase, eventId: string, role: DeviceRole): number =>
    (db.prepare(`SELECT COUNT(*) AS n FROM device WHERE event_id = ? AND role = ?`).get(eventId, role) as { n: number }).n,
  countWaiting: (db: ReadonlyDatabase, eventId: string, address?: string): number =>
    (
      db
        .prepare(`SELECT COUNT(*) AS n FROM device WHERE event_id = ? AND state = 'waiting' AND (? IS NULL OR address = ?)`)
        .get(eventId, address ?? null, address ?? null) as { n: number }
    ).n,
  touch: (db: Database, id: string, at: string) => void db.prepare(`UPDATE device SET last_seen_at = ? WHERE id = ?`).run(at, id),
};

export const viewOf = (d: DeviceRecord): DeviceView => ({
  deviceId: d.id,
  eventId: d.eventId,
  role: d.role,
  label: d.label,
  table: d.table,
  state: d.state === "waiting" ? "waiting" : "approved",
});

/** A live join credential: a QR token for a role, or the event's short code. */
export interface Credential {
  readonly id: string;
  readonly eventId: EventId;
  readonly kind: "token" | "code";
  readonly role: DeviceRole;
}

const CredentialRow = z.object({ id: z.string(), event_id: EventId, kind: z.enum(["token", "code"]), role: DeviceRole });

export const credentials = {
  insert: (db: Database, c: Credential, secretHash: string, at: string) =>
    void db
      .prepare(`INSERT INTO join_credential (id, event_id, kind, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(c.id, c.eventId, c.kind, c.role, secretHash, at),
  /** A credential that still works, found by its secret's hash. */
  live: (db: ReadonlyDatabase, kind: "token" | "code", secretHash: string): Credential | undefined => {
    const row = db.prepare(`SELECT id, event_id, kind, role FROM join_credential WHERE kind = ? AND secret_hash = ? AND revoked_at IS NULL`).get(kind, secretHash);
    if (!row) return undefined;
    const r = CredentialRow.parse(row);
    return { id: r.id, eventId: r.event_id, kind: r.kind, role: r.role };
  },
  revokeAll: (db: Database, eventId: string, at: string) =>
    void db.prepare(`UPDATE join_credential SET revoked_at = ? WHERE event_id = ? AND revoked_at IS NULL`).run(at, eventId),
};
