import { useEffect, useState, type FormEvent } from "react";
import type { HubStatus } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { formatDateTime } from "../../ui/format-data";

const isPlainHttpAway = (url: string) => /^http:\/\//i.test(url.trim()) && !/^http:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?(\/|$)/i.test(url.trim());

/** How replication stands, when this copy is connected to a hub. */
function HubStatusView({ status }: { status: HubStatus }) {
  if (!status.on) return <p>This copy of Hearth is not connected to a partnership hub. Its neighbourhood thread stays on this computer.</p>;
  return (
    <>
      <dl className="hub-status">
        <dt>Hub address</dt>
        <dd>
          <code dir="ltr">{status.url}</code>
        </dd>
        <dt>Account</dt>
        <dd>
          <code dir="ltr">{status.user}</code>
        </dd>
        <dt>Last synced</dt>
        <dd>{status.lastSyncedAt ? formatDateTime(status.lastSyncedAt) : "Not yet"}</dd>
        <dt>Waiting to send</dt>
        <dd>{status.waitingToSend === 0 ? "Nothing" : `${status.waitingToSend} records`}</dd>
      </dl>
      {status.lastError && (
        <p role="alert" className="error">
          {status.lastError}
        </p>
      )}
      {status.quarantined.length > 0 && (
        <>
          <h2>Records from the hub kept aside</h2>
          <p className="muted">These failed Hearth&apos;s checks, so they were not applied here.</p>
          <ul>
            {status.quarantined.map((q) => (
              <li key={`${q.id} ${q.rev}`}>
                <code dir="ltr">{q.id}</code>: {q.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "Partnership hub": where this copy replicates its thread, how that stands, and "Test connection". */
export function HubPage() {
  const client = useClient();
  const [status, setStatus] = useState<HubStatus | null>(null);
  const [url, setUrl] = useState("");
  const [user, setUser] = useState("");
  const [password, setPassword] = useState("");
  const [accept, setAccept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    document.title = "Partnership hub · Hearth";
    let live = true;
    const load = () =>
      void client.call("hub.status", {}).then((r) => {
        if (live && r.ok) setStatus(r.value);
      });
    load();
    const timer = setInterval(load, 5000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client]);

  async function test(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setAnswer(null);
    const r = await client.call("hub.test", { url, user, password, acceptPlainHttp: accept });
    setBusy(false);
    setAnswer(r.ok ? r.value : { ok: false, message: r.error.message });
  }

  return (
    <div className="hub-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: "events" })}>Events</a> / <a href={hrefFor({ name: "data" })}>Data and backups</a>
      </nav>
      <h1>Partnership hub</h1>
      <p>
        A partnership&apos;s laptops share their neighbourhood thread (priorities, wins, measures, experiments and chosen quotes) through a hub their IT
        runs. Notes, ballots and devices never leave this computer.
      </p>
      {status ? <HubStatusView status={status} /> : <p>Loading…</p>}
      <h2>Test connection</h2>
      <form className="hub-test" onSubmit={(e) => void test(e)}>
        <label>
          Hub address
          <input type="url" dir="ltr" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://hub.example.org/hearth-north-elm" required />
        </label>
        <label>
          Account
          <input dir="ltr" value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" required />
        </label>
        <label>
          Password
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        </label>
        {isPlainHttpAway(url) && (
          <label className="hub-test__warning">
            <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} /> I accept that the password and the thread cross the network
            unencrypted (plain http)
          </label>
        )}
        <p>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? "Testing…" : "Test connection"}
          </button>
        </p>
      </form>
      {answer && (
        <p role={answer.ok ? "status" : "alert"} className={answer.ok ? "ok" : "error"}>
          {answer.message}
        </p>
      )}
      <p className="muted">
        To join, start Hearth with <code dir="ltr">hearth serve --hub ADDRESS</code> and the account in <code dir="ltr">HEARTH_HUB_USER</code> and{" "}
        <code dir="ltr">HEARTH_HUB_PASSWORD</code> (docs/hub.md).
      </p>
    </div>
  );
}
