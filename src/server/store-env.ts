import type { DataStoreOptions } from "./data/data-store";

/**
 * Tuning from the environment, for soak runs and tests: HEARTH_BACKUP_INTERVAL_MS (how often
 * changes are backed up; default 10 minutes, 0 turns the schedule off). A bad value is ignored.
 */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv): DataStoreOptions {
  const raw = env.HEARTH_BACKUP_INTERVAL_MS;
  const ms = raw === undefined ? NaN : Number(raw);
  return Number.isSafeInteger(ms) && ms >= 0 ? { backupIntervalMs: ms } : {};
}
