import { usePolled } from "../../app/usePolled";
import { QrCode } from "../../ui/QrCode";

/** While devices may join, the wall shows how: a QR code to scan, and an address and code to type. */
export function JoinCorner({ eventId }: { eventId: string }) {
  const poster = usePolled("join.poster", { eventId }, eventId);
  if (!poster) return null;
  const shortUrl = poster.joinUrl.replace(/^https?:\/\//, "");
  return (
    <aside className="join-corner" aria-label="How to join">
      <QrCode value={poster.participantLink} label="QR code to join from a phone" />
      <p className="join-corner__text">
        Join at <span className="join-corner__url">{shortUrl}</span>
        <br />
        code <span className="join-corner__code">{poster.code}</span>
      </p>
    </aside>
  );
}
