import { Trans, useTranslation } from "react-i18next";
import { usePolled } from "../../app/usePolled";
import { QrCode } from "../../ui/QrCode";

/** While devices may join, the wall shows how: a QR code to scan, and an address and code to type. */
export function JoinCorner({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const poster = usePolled("join.poster", { eventId }, eventId);
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
