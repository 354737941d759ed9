import { useEffect, useState } from "react";
import type { BackupInfo } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { formatBytes, formatDateTime } from "../../ui/format-data";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { QuarantineNoticeView } from "../../ui/QuarantineNotice";
import { useDataStatus } from "../../app/useDataStatus";

const REASONS: Record<BackupInfo["reason"], string> = {
  scheduled: "Automatic",
  manual: "Backed up by hand",
  "before-migration": "Before an update",
  "before-restore": "Before a restore",
};

/** "Data and backups": where the data lives, every backup, back up now, restore one. */
export function DataPage() {
  const client = useClient();
  const { status, reload } = useDataStatus();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "bad"; text: string } | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  useEffect(() => {
    document.title = "Data and backups · Hearth";
  }, []);

  async function backUpNow() {
    setBusy(true);
    setMessage(null);
    const r = await client.call("data.backup", {});
    setBusy(false);
    setMessage(r.ok ? { kind: "ok", text: `Backed up and checked (${formatBytes(r.value.size)}).` } : { kind: "bad", text: r.error.message });
    reload();
  }

  async function restore(backup: BackupInfo) {
    setBusy(true);
    const r = await client.call("data.restore", { name: backup.name });
    setBusy(false);
    setRestoring(null);
    setMessage(
      r.ok
        ? { kind: "ok", text: `Restored the backup from ${formatDateTime(r.value.restored.at)}. The data it replaced was saved as a backup from ${formatDateTime(r.value.savedAs.at)}.` }
        : { kind: "bad", text: r.error.message },
    );
    reload();
  }

  return (
    <div className="data-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: "events" })}>Events</a>
      </nav>
      <h1>Data and backups</h1>
      <p>
        <a href={hrefFor({ name: "hub" })}>Partnership hub</a>: share the neighbourhood thread with the partnership&apos;s other laptops.
      </p>
      {status.state === "loading" && <p>Loading…</p>}
      {status.state === "error" && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
      {status.state === "ready" && (
        <>
          {status.value.notice && <QuarantineNoticeView notice={status.value.notice} onRestore={setRestoring} />}
          <p>
            Hearth keeps everything in one file in <code dir="ltr">{status.value.dataDir}</code> ({formatBytes(status.value.databaseSize)}). It backs
            it up every 10 minutes while anything changes, and before every update; each backup is checked before it is kept.
          </p>
          {status.value.lastBackupError && (
            <p role="alert" className="error">
              The last automatic backup failed: {status.value.lastBackupError}
            </p>
          )}
          <p>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void backUpNow()}>
              Back up now
            </button>
          </p>
          {message && (
            <p role={message.kind === "bad" ? "alert" : "status"} className={message.kind === "bad" ? "error" : "ok"}>
              {message.text}
            </p>
          )}
          <h2 id="backups-heading">Backups</h2>
          {status.value.backups.length === 0 ? (
            <p className="muted">No backups yet.</p>
          ) : (
            <table className="backups" aria-labelledby="backups-heading">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {status.value.backups.map((b) => (
                  <tr key={b.name}>
                    <td>{formatDateTime(b.at)}</td>
                    <td>{REASONS[b.reason]}</td>
                    <td>{formatBytes(b.size)}</td>
                    <td>
                      <button type="button" disabled={busy} onClick={() => setRestoring(b)} aria-label={`Restore the backup from ${formatDateTime(b.at)}`}>
                        Restore
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {status.value.quarantined.length > 0 && (
            <>
              <h2>Damaged files kept aside</h2>
              <p className="muted">Hearth never deletes these; they are in the quarantine folder inside the data folder.</p>
              <ul>
                {status.value.quarantined.map((q) => (
                  <li key={q.name}>
                    <code dir="ltr">{q.name}</code> ({formatBytes(q.size)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore this backup"
          busy={busy}
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restore(restoring)}
        >
          <p>
            This replaces <strong>all of Hearth&apos;s current data</strong> — every event, note and theme — with the data as it was on{" "}
            <strong>{formatDateTime(restoring.at)}</strong>. Anything added after that will no longer show in Hearth.
          </p>
          <p>Nothing is lost: the current data is backed up first, and appears in this list, so you can restore it again.</p>
          <p>Screens that are open (note-takers, the projector) reload by themselves.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
