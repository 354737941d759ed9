import type { DeviceInfo, DeviceRole } from "../../../core";
import { Bidi } from "../../ui/Bidi";

/** Devices that typed the code: let each in (as a participant or a note-taker), or turn it away. */
export function WaitingList(props: { waiting: readonly DeviceInfo[]; onApprove: (id: string, role: DeviceRole) => void; onDeny: (id: string) => void }) {
  if (props.waiting.length === 0) return null;
  return (
    <section className="card waiting" aria-labelledby="waiting-list-heading">
      <h2 id="waiting-list-heading">Waiting to join ({props.waiting.length})</h2>
      <ul className="waiting__list" aria-label="Waiting to join">
        {props.waiting.map((d) => (
          <li key={d.id} className="waiting__item" data-device-id={d.id}>
            <span className="waiting__who">
              <Bidi>{d.label}</Bidi> <span className="muted">from {d.address}</span>
            </span>
            <span className="waiting__actions">
              <button type="button" className="button button--primary" onClick={() => props.onApprove(d.id, "participant")} aria-label={`Let ${d.label} in as a participant`}>
                Let in
              </button>
              <button type="button" className="button" onClick={() => props.onApprove(d.id, "notetaker")} aria-label={`Let ${d.label} in as a note-taker`}>
                As note-taker
              </button>
              <button type="button" className="button" onClick={() => props.onDeny(d.id)} aria-label={`Turn ${d.label} away`}>
                Turn away
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
