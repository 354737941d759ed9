import { useEffect, useState } from "react";
import { EventBreadcrumb } from "../../ui/EventBreadcrumb";
import { useClient } from "../../app/ClientContext";
import { DeviceTable } from "./DeviceTable";
import { InvitePanel } from "./InvitePanel";
import { useJoinStatus } from "./useJoinStatus";
import { WaitingList } from "./WaitingList";
import "./join.css";

/** The facilitator's join panel for one event: the doors, the waiting list, the devices, and warnings about guessing. */
export function DevicesPage({ eventId, embedded = false }: { eventId: string; embedded?: boolean }) {
  const { status, error, run } = useJoinStatus(eventId);
  const client = useClient();
  const [title, setTitle] = useState("");
  useEffect(() => {
    void client.call("events.snapshot", { eventId }).then((r) => r.ok && setTitle(r.value.event.title));
  }, [client, eventId]);
  useEffect(() => {
    if (!embedded) document.title = `Devices · ${title || "Hearth"}`;
  }, [title, embedded]);

  return (
    <div className="devices-page">
      {!embedded && <EventBreadcrumb eventId={eventId} title={title ?? null} />}
      {embedded ? <h2>Devices</h2> : <h1>Devices</h1>}
      {status.state === "loading" && <p>Loading…</p>}
      {status.state === "error" && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {status.state === "ready" && (
        <>
          {status.value.alerts.map((a) => (
            <p key={a.address} role="alert" className="alert-guessing">
              Someone at {a.address} has typed a wrong join code {a.wrongTries} times{a.blocked ? " and is blocked for a minute" : ""}. If it goes
              on, make new codes.
            </p>
          ))}
          {status.value.roomFull && (
            <p role="alert" className="alert-guessing">
              The room is full: {status.value.roomFull.turnedAway} new {status.value.roomFull.turnedAway === 1 ? "device was" : "devices were"} turned away
              (last at {new Date(status.value.roomFull.lastAt).toLocaleTimeString()}), told so on their screen. {status.value.roomFull.online} of{" "}
              {status.value.roomFull.capacity} devices are online; removing one makes room for another.
            </p>
          )}
          {status.value.codesPaused && (
            <p role="alert" className="alert-guessing">
              Join codes are paused for {status.value.codesPaused.retryAfterSeconds} seconds for the addresses guessing: {status.value.codesPaused.wrongTries} wrong
              codes came from {status.value.codesPaused.addresses} addresses in the last minute. Other phones can still type the code, and any phone can join
              with the QR code. If it goes on, make new codes.
            </p>
          )}
          <InvitePanel
            eventId={eventId}
            status={status.value}
            onOpen={(address) => void run("join.open", { eventId, address })}
            onClose={() => void run("join.close", { eventId })}
            onRotate={() => void run("join.rotate", { eventId })}
          />
          <WaitingList
            waiting={status.value.devices.filter((d) => d.state === "waiting")}
            onApprove={(deviceId, role) => void run("devices.approve", { deviceId, role })}
            onDeny={(deviceId) => void run("devices.deny", { deviceId })}
          />
          <DeviceTable
            devices={status.value.devices.filter((d) => d.state === "approved")}
            onRename={(deviceId, label) => run("devices.rename", { deviceId, label })}
            onRole={(deviceId, role) => void run("devices.setRole", { deviceId, role })}
            onRemove={(deviceId) => void run("devices.remove", { deviceId })}
          />
        </>
      )}
    </div>
  );
}
