import { useConnection } from "./ClientContext";

/** "Online", or "Offline, 3 unsent": a note-taker must know their words are safe. */
export function ConnectionStatus() {
  const { status, pending } = useConnection();
  const label =
    status === "online" ? "Online" : status === "connecting" ? "Connecting…" : `Offline, ${pending} unsent`;
  return (
    // Named, because other live regions share the page (drag-and-drop announcements, messages).
    <p className={`connection connection--${status}`} role="status" aria-live="polite" aria-label="Connection">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
