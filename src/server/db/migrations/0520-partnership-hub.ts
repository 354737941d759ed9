import type { Migration } from "./migration";

/**
 * The partnership hub's bookkeeping beside the thread it replicates:
 * - `hub_doc`: for each thread record, a hash of it as last written to or applied from the
 *   hub's copy, so only what changed is written again and nothing applied is sent back;
 * - `hub_state`: how far incoming documents have been applied (restartable);
 * - `hub_pending`: documents that arrived before the record they belong to, tried again;
 * - `hub_quarantine`: documents from the hub that failed their check, kept aside and listed,
 *   never applied.
 */
export const migration0520: Migration = {
  version: 520,
  name: "partnership hub",
  up: `
    CREATE TABLE hub_doc (
      id TEXT PRIMARY KEY,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE TABLE hub_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE hub_pending (
      id TEXT PRIMARY KEY,
      since TEXT NOT NULL
    ) STRICT;
    CREATE TABLE hub_quarantine (
      id TEXT NOT NULL,
      rev TEXT NOT NULL,
      reason TEXT NOT NULL,
      body TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (id, rev)
    ) STRICT;
  `,
};
