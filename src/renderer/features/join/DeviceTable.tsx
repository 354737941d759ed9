import { useState } from "react";
import { DEVICE_LABEL_MAX, inputMaxLength, ROLE_NAMES, type DeviceInfo, type DeviceRole } from "../../../core";
import { Bidi } from "../../ui/Bidi";
import { formatTime } from "../../ui/format";

function seen(d: DeviceInfo): string {
  if (d.online) return "Online now";
  if (!d.lastSeenAt) return "Not seen yet";
  return `Last seen ${formatTime(d.lastSeenAt)}`;
}

const SLOWED_WHY = { commands: "it sent changes faster than a person could", connections: "it opened too many connections at once" } as const;

/** The room held a device back lately: say when and why, so the facilitator can find it. */
function Slowed({ slowed }: { slowed: NonNullable<DeviceInfo["slowed"]> }) {
  return (
    <p className="devices__slowed">
      Slowed down at {formatTime(slowed.at)}: {SLOWED_WHY[slowed.reason]}.
    </p>
  );
}

/** Devices let in: rename, change role, remove (cut off at once). */
export function DeviceTable(props: {
  devices: readonly DeviceInfo[];
  onRename: (id: string, label: string) => Promise<boolean>;
  onRole: (id: string, role: DeviceRole) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <section className="card devices" aria-labelledby="devices-heading">
      <h2 id="devices-heading">Devices in the event ({props.devices.length})</h2>
      {props.devices.length === 0 ? (
        <p className="muted">No devices yet. When someone scans the QR code, they appear here.</p>
      ) : (
        <table className="devices__table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Seen</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.devices.map((d) => (
              <DeviceRow key={d.id} device={d} {...props} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DeviceRow(props: {
  device: DeviceInfo;
  onRename: (id: string, label: string) => Promise<boolean>;
  onRole: (id: string, role: DeviceRole) => void;
  onRemove: (id: string) => void;
}) {
  const d = props.device;
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(d.label);
  const [confirming, setConfirming] = useState(false);
  return (
    <tr data-device-id={d.id}>
      <th scope="row">
        {editing ? (
          <form
            className="devices__rename"
            onSubmit={(e) => {
              e.preventDefault();
              void props.onRename(d.id, label).then((ok) => ok && setEditing(false));
            }}
          >
            <input aria-label={`New name for ${d.label}`} value={label} maxLength={inputMaxLength(DEVICE_LABEL_MAX)} dir="auto" autoFocus onChange={(e) => setLabel(e.target.value)} />
            <button type="submit" className="button">
              Save
            </button>
          </form>
        ) : (
          <>
            <Bidi>{d.label}</Bidi>{" "}
            <button type="button" className="button button--small" aria-label={`Rename ${d.label}`} onClick={() => (setLabel(d.label), setEditing(true))}>
              Rename
            </button>
          </>
        )}
      </th>
      <td>
        <select aria-label={`Role of ${d.label}`} value={d.role} onChange={(e) => props.onRole(d.id, e.target.value as DeviceRole)}>
          {Object.entries(ROLE_NAMES).map(([role, name]) => (
            <option key={role} value={role}>
              {name}
            </option>
          ))}
        </select>
      </td>
      <td>
        {seen(d)}
        {d.slowed && <Slowed slowed={d.slowed} />}
      </td>
      <td>
        {confirming ? (
          <span className="devices__confirm">
            <button type="button" className="button button--danger" onClick={() => props.onRemove(d.id)} aria-label={`Yes, remove ${d.label}`}>
              Yes, remove
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button" aria-label={`Remove ${d.label}`} onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}
