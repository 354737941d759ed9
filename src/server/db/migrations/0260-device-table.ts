import type { Migration } from "./migration";

/** The table a device was given by the QR code it joined with ("Table 3"): the room writes it on that device's notes. */
export const migration0260: Migration = {
  version: 260,
  name: "device table",
  up: `
    ALTER TABLE device ADD COLUMN table_label TEXT NOT NULL DEFAULT '';
  `,
};
