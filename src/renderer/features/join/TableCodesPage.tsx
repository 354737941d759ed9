import { useEffect, useId, useState } from "react";
import { formatCode, TABLE_MAX } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { EventBreadcrumb } from "../../ui/EventBreadcrumb";
import { QrCode } from "../../ui/QrCode";
import { useJoinStatus } from "./useJoinStatus";
import "./join.css";

const MAX_TABLES = 40;
type SheetRole = "participant" | "notetaker";
const WHO: Record<SheetRole, string> = { participant: "residents", notetaker: "note-takers" };

/** "Table 1" … "Table n". */
export const tableNames = (count: number): string[] => Array.from({ length: count }, (_, i) => `Table ${i + 1}`);

/**
 * A sheet to print and put on the tables: one page per table, with a large QR code that joins
 * for that table (its notes are marked with it), and the address and code to type without a camera.
 */
export function TableCodesPage({ eventId }: { eventId: string }) {
  const { status } = useJoinStatus(eventId);
  const client = useClient();
  const ids = useId();
  const [title, setTitle] = useState("");
  const [count, setCount] = useState(6);
  const [role, setRole] = useState<SheetRole>("participant");
  useEffect(() => {
    void client.call("events.snapshot", { eventId }).then((r) => r.ok && setTitle(r.value.event.title));
  }, [client, eventId]);
  useEffect(() => {
    document.title = `Table codes · ${title || "Hearth"}`;
  }, [title]);

  const join = status.state === "ready" ? status.value : null;
  const open = join !== null && join.lan.state === "on" && join.invite !== null && join.lan.url !== null;
  return (
    <div className="table-codes">
      <div className="table-codes__controls">
        <EventBreadcrumb eventId={eventId} title={title || null} />
        <h1>QR codes for the tables</h1>
        {status.state === "loading" && <p>Loading…</p>}
        {status.state === "error" && (
          <p role="alert" className="error">
            {status.message}
          </p>
        )}
        {join && !open && (
          <p role="alert">
            Devices cannot join yet. First press &ldquo;Let devices join&rdquo; on the <a href={hrefFor({ name: "devices", eventId })}>Devices page</a>.
          </p>
        )}
        {open && (
          <form className="table-codes__form" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor={`${ids}-count`} className="field__label">
              Number of tables
            </label>
            <input
              id={`${ids}-count`}
              type="number"
              min={1}
              max={MAX_TABLES}
              value={count}
              onChange={(e) => setCount(Math.min(MAX_TABLES, Math.max(1, Math.floor(Number(e.target.value)) || 1)))}
            />
            <fieldset className="table-codes__roles">
              <legend>The codes join</legend>
              {(["participant", "notetaker"] as const).map((r) => (
                <label key={r} className="choice">
                  <input type="radio" name={`${ids}-role`} checked={role === r} onChange={() => setRole(r)} />
                  {r === "participant" ? "Residents (participants)" : "Note-takers"}
                </label>
              ))}
            </fieldset>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              Print
            </button>
            <p className="muted">One page per table. A phone that joins with a table&apos;s code marks its notes with that table.</p>
          </form>
        )}
      </div>
      {open && (
        <ol className="table-codes__sheet" aria-label="Table cards">
          {tableNames(count).map((table) => {
            const link = `${join.lan.url}/#/join/${join.invite!.tokens[role]}?table=${encodeURIComponent(table.slice(0, TABLE_MAX))}`;
            return (
              <li key={table} className="table-card">
                <h2 className="table-card__name">{table}</h2>
                <QrCode value={link} label={`QR code for ${table}`} />
                <p className="table-card__how">
                  Scan this with your phone&apos;s camera to join {title ? <bdi>{title}</bdi> : "the event"} as one of the {WHO[role]} at {table}.
                </p>
                <p className="table-card__how">
                  No camera? Open <strong dir="ltr">{join.lan.url}/join</strong> and type
                </p>
                <p className="table-card__code" data-code={join.invite!.code}>
                  {formatCode(join.invite!.code)}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
