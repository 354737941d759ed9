import { z } from "zod";
import { FACILITATOR_ONLY, task } from "./define";

export const BackupReason = z.enum(["scheduled", "manual", "before-migration", "before-restore"]);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  name: z.string(),
  /** When it was taken, ISO 8601. */
  at: z.string(),
  size: z.number().int().nonnegative(),
  reason: BackupReason,
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const QuarantinedFile = z.object({ name: z.string(), size: z.number().int().nonnegative(), at: z.string() });

/** Set when the database could not be opened at start and was moved aside; Hearth then runs on a new, empty file. */
export const QuarantineNotice = z.object({
  reason: z.string(),
  /** Where the damaged files are now (full paths). */
  files: z.array(z.string()),
  at: z.string(),
  /** The newest backup that passes its integrity check: what a person is offered to restore. */
  newestGoodBackup: BackupInfo.nullable(),
});
export type QuarantineNotice = z.infer<typeof QuarantineNotice>;

export const DataStatus = z.object({
  dataDir: z.string(),
  databaseSize: z.number().int().nonnegative(),
  backups: z.array(BackupInfo),
  quarantined: z.array(QuarantinedFile),
  notice: QuarantineNotice.nullable(),
  /** The last scheduled backup that failed, in words; null when the last one worked. */
  lastBackupError: z.string().nullable(),
});
export type DataStatus = z.infer<typeof DataStatus>;

export const dataMethods = {
  "data.status": task(z.strictObject({}), DataStatus, FACILITATOR_ONLY),
  "data.backup": task(z.strictObject({}), BackupInfo, FACILITATOR_ONLY),
  /** Replaces the data with a backup; the current data is first backed up itself (`savedAs`). */
  "data.restore": task(
    z.strictObject({ name: z.string().min(1).max(200) }),
    z.object({ restored: BackupInfo, savedAs: BackupInfo }),
    FACILITATOR_ONLY,
  ),
} as const;
