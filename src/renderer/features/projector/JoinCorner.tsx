import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { JoinPoster } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { QrCode } from "../../ui/QrCode";

const POLL_MS = 3000;

/** While devices may join, the wall shows how: a QR code to scan, and an address and code to type. */
export function JoinCorner({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
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
    <aside className="join-corner" aria-label={t("wall.join.label")}>
      <QrCode value={poster.participantLink} label={t("wall.join.qr")} />
      <p className="join-corner__text">
        <Trans
          i18nKey="wall.join.at"
          values={{ url: shortUrl, code: poster.code }}
          components={{ url: <span className="join-corner__url" dir="ltr" />, code: <span className="join-corner__code" dir="ltr" />, br: <br /> }}
        />
      </p>
    </aside>
  );
}
