import type { Migration } from "./migration";

/**
 * Neighbourhoods and partnerships as named lists, so the event form can offer the names
 * already in use (and the events list can filter by them). Names are unique whatever their
 * case. The lists start with every name the existing events use.
 */
export const migration0030: Migration = {
  version: 30,
  name: "neighbourhoods and partnerships",
  up: `
    CREATE TABLE neighbourhood (
      name TEXT PRIMARY KEY COLLATE NOCASE,
      created_seq INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE partnership (
      name TEXT PRIMARY KEY COLLATE NOCASE,
      created_seq INTEGER NOT NULL
    ) STRICT;
    INSERT OR IGNORE INTO neighbourhood (name, created_seq)
      SELECT neighbourhood, MIN(created_seq) FROM event WHERE neighbourhood <> '' GROUP BY neighbourhood ORDER BY MIN(created_seq);
    INSERT OR IGNORE INTO partnership (name, created_seq)
      SELECT partnership, MIN(created_seq) FROM event WHERE partnership <> '' GROUP BY partnership ORDER BY MIN(created_seq);
  `,
};
