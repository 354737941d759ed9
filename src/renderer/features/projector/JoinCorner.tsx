import { useEffect, useState } from "react";
import type { JoinPoster } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { QrCode } from "../../ui/QrCode";

const POLL_MS = 3000;

/** While devices may join, the wall shows how: a QR code to scan, and an address and code to type. */
export function JoinCorner({ eventId }: { eventId: string }) {
  const client = useClient();
  const [poster, setPoster] = useState<JoinPoster | null>(null);
  useEffect(() => {
    let live = true;
    const ask = async () => {
      const r = await client.call("join.poster", { eventId });
      if (live) setPoster(r.ok ? r.value : null);
    };
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client, eventId]);
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
