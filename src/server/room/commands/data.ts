import type { HandlersOf } from "../handler";

/** Backups and restore: the work is the data service's (src/server/data/data-store.ts). */
export const dataHandlers: HandlersOf<"data.status" | "data.backup" | "data.restore"> = {
  "data.status": async ({ data }) => data.status(),
  "data.backup": ({ data }) => data.backup(),
  "data.restore": ({ data }, { name }) => data.restore(name),
};
