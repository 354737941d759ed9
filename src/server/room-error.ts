import type { ErrorCode } from "../core";

/** Thrown inside a command to refuse it; the transaction rolls back and the caller gets the message. */
export class RoomError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RoomError";
  }
}

/** What a person can do about a storage failure; nothing was changed in each case. */
export function storageMessage(err: unknown): string | undefined {
  const code = err instanceof Error && "code" in err ? String(err.code) : "";
  if (code === "SQLITE_FULL") return "The disk is full, so nothing was saved. Free some space and try again.";
  if (code.startsWith("SQLITE_READONLY")) return "Hearth's data folder cannot be written to, so nothing was saved.";
  if (code.startsWith("SQLITE_IOERR")) return "Hearth could not write to the disk, so nothing was saved.";
  if (code === "SQLITE_BUSY") return "The data file is busy; nothing was saved. Try again in a moment.";
  return undefined;
}

/** An insert hit an id that is taken, by a row the caller cannot see (another event's): answered as a conflict, nothing changed. */
export function takenIdMessage(err: unknown): string | undefined {
  const code = err instanceof Error && "code" in err ? String(err.code) : "";
  return code === "SQLITE_CONSTRAINT_PRIMARYKEY" ? "Something else already has that id: nothing was changed." : undefined;
}
