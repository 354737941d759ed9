const codeOf = (err: unknown) => (err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : "");

/** Why Hearth cannot use a data folder (or its data file), in words, with what to do about it. */
export function folderProblem(dataDir: string, err: unknown): string {
  const elsewhere = "or start Hearth with --data (or HEARTH_DATA) set to a folder it can write to";
  switch (codeOf(err)) {
    case "EROFS":
    case "SQLITE_READONLY":
      return `Hearth cannot write to its data folder ${dataDir}: it is on a read-only disk. Nothing was changed. Make the disk writable, ${elsewhere}.`;
    case "EACCES":
    case "EPERM":
    case "SQLITE_CANTOPEN":
      return `Hearth may not write to its data folder ${dataDir}. Nothing was changed. Give your user write permission on it, ${elsewhere}.`;
    case "ENOTDIR":
    case "EEXIST":
      return `Hearth's data folder ${dataDir} is a file, not a folder. Nothing was changed. Move that file aside, ${elsewhere}.`;
    case "ENOSPC":
      return `Hearth cannot start: the disk of its data folder ${dataDir} is full. Nothing was changed. Free some space, ${elsewhere}.`;
    default:
      return `Hearth cannot use its data folder ${dataDir} (${err instanceof Error ? err.message : String(err)}). Nothing was changed; ${elsewhere}.`;
  }
}
