import { useId, useState } from "react";
import { formatCode, type DeviceRole } from "../../../core";
import type { JoinStatus } from "../../../api";
import { hrefFor } from "../../app/router";
import { QrCode } from "../../ui/QrCode";

const ROLES: { role: DeviceRole; name: string; hint: string }[] = [
  { role: "notetaker", name: "Note-takers", hint: "type what their table says, any time" },
  { role: "participant", name: "Participants", hint: "add notes while you collect them, and vote" },
  { role: "projector", name: "Projector", hint: "a screen that follows the event" },
];

/** The doors: which address devices use, the QR code per role, the short address and code. */
export function InvitePanel(props: {
  eventId: string;
  status: JoinStatus;
  onOpen: (address: string | null) => void;
  onClose: () => void;
  onRotate: () => void;
}) {
  const { lan, invite } = props.status;
  const [role, setRole] = useState<DeviceRole>("notetaker");
  const [address, setAddress] = useState<string | null>(null);
  const id = useId();
  const open = lan.state === "on" && invite !== null && lan.url !== null;
  const chosenAddress = address ?? lan.address ?? lan.addresses[0]?.address ?? "";

  const addressPicker = lan.addresses.length > 0 && (
    <div className="invite__address">
      <label htmlFor={`${id}-address`} className="field__label">
        Network address devices use
      </label>
      <select id={`${id}-address`} value={chosenAddress} onChange={(e) => setAddress(e.target.value)}>
        {lan.addresses.map((a) => (
          <option key={a.address} value={a.address}>
            {a.address} ({a.interface})
          </option>
        ))}
      </select>
    </div>
  );

  if (!open) {
    return (
      <section className="card invite" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Let devices join</h2>
        <p>
          Note-takers and residents join from their own phone or laptop, in a browser, over this computer&apos;s network (the hall&apos;s
          Wi-Fi or your hotspot). Nobody gets in without the QR code, or a code you approve.
        </p>
        {lan.state === "unavailable" ? (
          <p className="error">{lan.error}</p>
        ) : (
          <>
            {addressPicker}
            {lan.state === "failed" && lan.error && (
              <p role="alert" className="error">
                {lan.error}
              </p>
            )}
            <button type="button" className="button button--primary" disabled={lan.state === "starting"} onClick={() => props.onOpen(address)}>
              {lan.state === "starting" ? "Opening…" : "Let devices join"}
            </button>
          </>
        )}
      </section>
    );
  }

  const link = `${lan.url}/#/join/${invite.tokens[role]}`;
  const current = ROLES.find((r) => r.role === role)!;
  return (
    <section className="card invite" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Devices can join</h2>
      <div className="invite__roles" role="group" aria-label="QR code for">
        {ROLES.map((r) => (
          <button key={r.role} type="button" className="button" aria-pressed={role === r.role} onClick={() => setRole(r.role)}>
            {r.name}
          </button>
        ))}
      </div>
      <div className="invite__body">
        <QrCode value={link} label={`QR code for ${current.name.toLowerCase()}`} />
        <div className="invite__words">
          <p>
            <strong>{current.name}</strong> {current.hint}: scan the code with a phone&apos;s camera.
          </p>
          <label htmlFor={`${id}-link`} className="field__label">
            Link for {current.name.toLowerCase()}
          </label>
          <input id={`${id}-link`} className="invite__link" readOnly value={link} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          <p className="invite__short">
            Or open <strong dir="ltr">{lan.url}/join</strong> and type
          </p>
          <p className="invite__code" aria-label={`Join code ${invite.code.split("").join(" ")}`} data-code={invite.code}>
            {formatCode(invite.code)}
          </p>
          <p className="muted">A typed code joins as a participant once you let the device in below.</p>
        </div>
      </div>
      <div className="invite__actions">
        {addressPicker}
        {address !== null && address !== lan.address && (
          <button type="button" className="button" onClick={() => props.onOpen(address)}>
            Use this address
          </button>
        )}
        <a className="button" href={hrefFor({ name: "table-codes", eventId: props.eventId })}>
          Print QR codes for the tables
        </a>
        <button type="button" className="button" onClick={props.onRotate}>
          New QR codes and code
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          Stop letting devices join
        </button>
      </div>
    </section>
  );
}
