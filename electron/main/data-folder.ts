import { acquireDataLock, DataFolderError, describeOwner, type DataLock, type LockOwner } from "../../src/server/data/data-lock";

export interface HandOverDeps {
  /** Tells the person, in a message box, why this copy is closing (when there is no address to open instead). */
  readonly tell: (message: string) => void;
  /** Opens the first copy's address in the person's browser. */
  readonly openInBrowser: (url: string) => void;
  readonly acquire?: (dataDir: string) => ReturnType<typeof acquireDataLock>;
}

/**
 * The desktop app takes the same data-folder lock as `hearth serve`, so the two never open
 * one database together (Electron's single-instance lock only covers Electron copies, and
 * only per profile folder). When `hearth serve` holds the folder, the app hands over: it
 * opens that address in the browser and the caller exits; with no address to open, it says why. Returns the lock, or
 * undefined when another copy holds it.
 */
export function claimDataFolder(dataDir: string, deps: HandOverDeps): DataLock | undefined {
  let result: ReturnType<typeof acquireDataLock>;
  try {
    result = (deps.acquire ?? ((dir) => acquireDataLock(dir, "electron")))(dataDir);
  } catch (err) {
    // A folder Hearth cannot write to (read-only, not a folder): said in words, then the app closes.
    if (!(err instanceof DataFolderError)) throw err;
    deps.tell(err.message);
    console.error(`hearth: ${err.message}`);
    return undefined;
  }
  if (result.held) return result.lock;
  const url = browserUrl(result.owner);
  // The browser tab opening is the handover; a message box would block the exit until clicked.
  if (url) deps.openInBrowser(url);
  else deps.tell(describeOwner(result.owner, dataDir));
  console.log(`hearth: ${describeOwner(result.owner, dataDir)}`);
  return undefined;
}

/** The owner's address when it is a plain http URL (the lock file is ours, but it is still read from disk). */
function browserUrl(owner: LockOwner | null): string | undefined {
  if (!owner?.url) return undefined;
  try {
    const u = new URL(owner.url);
    return u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
