import type { Migration } from "./migration";

/**
 * Joining from other devices. join_credential: the QR tokens (one per role) and the short
 * code of an event, stored only as SHA-256 hashes; rotating revokes them. device: each phone
 * or laptop that joined, known by the hash of the key it made for itself.
 */
export const migration0070: Migration = {
  version: 70,
  name: "devices and join credentials",
  up: `
    CREATE TABLE join_credential (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('token', 'code')),
      role TEXT NOT NULL,
      secret_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;
    CREATE INDEX join_credential_by_event ON join_credential(event_id, revoked_at);

    CREATE TABLE device (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      role TEXT NOT NULL,
      label TEXT NOT NULL DEFAULT '',
      key_hash TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('waiting', 'approved', 'removed')),
      joined_via TEXT NOT NULL CHECK (joined_via IN ('token', 'code')),
      address TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      approved_at TEXT,
      revoked_at TEXT,
      last_seen_at TEXT
    ) STRICT;
    CREATE INDEX device_by_event ON device(event_id, created_at);
  `,
};
