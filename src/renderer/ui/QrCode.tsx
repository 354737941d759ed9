import { useEffect, useState } from "react";
import QRCode from "qrcode";

/**
 * A QR code for a join link, drawn by the qrcode package as SVG and shown as an image from a
 * data: URL (allowed by the CSP's img-src), so no markup is ever injected into the page.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 2 }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [value]);
  return src ? <img className="qr" src={src} alt={label} width={260} height={260} /> : <div className="qr qr--loading" role="img" aria-label={label} />;
}
