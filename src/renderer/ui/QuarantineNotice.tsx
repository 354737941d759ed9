import type { BackupInfo, QuarantineNotice } from "../../api";
import { formatDateTime } from "./format-data";

/** What happened to a damaged data file, in plain words, and the backup Hearth offers. */
export function QuarantineNoticeView({ notice, onRestore }: { notice: QuarantineNotice; onRestore?: (backup: BackupInfo) => void }) {
  const backup = notice.newestGoodBackup;
  return (
    <div className="banner banner--warn" role="alert">
      <p>
        <strong>Hearth&apos;s data file could not be read</strong> ({notice.reason}) when Hearth started, so it was moved aside and kept —
        nothing was deleted. Hearth started with an empty data file.
      </p>
      {backup ? (
        <p>
          The newest good backup is from <strong>{formatDateTime(backup.at)}</strong>.{" "}
          {onRestore ? (
            <button type="button" className="button button--primary" onClick={() => onRestore(backup)}>
              Restore the backup from {formatDateTime(backup.at)}
            </button>
          ) : (
            <a href="#/data">Restore it from Data and backups</a>
          )}
        </p>
      ) : (
        <p>There is no backup to restore.</p>
      )}
    </div>
  );
}
