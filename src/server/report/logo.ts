import type { LogoMime } from "../../core";

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_SIDE = 6000;

export type LogoCheck = { ok: true; mime: LogoMime; width: number; height: number } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b.length < 33 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks a JPEG's markers to its frame header (SOFn) for the size. */
function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = view.getUint16(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    if (marker === 0xd9 || marker === 0xda || length < 2) return undefined;
    i += 2 + length;
  }
  return undefined;
}

/**
 * A logo is accepted only as PNG or JPEG bytes whose header is whole and sensible, under
 * the size cap. SVG is refused here: the editor turns an SVG into a PNG in the browser
 * first, so no SVG markup (which can carry scripts and links) is ever stored or printed.
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, message: "That file is empty." };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, message: `A logo can be at most ${LOGO_MAX_BYTES / 1024} KiB; that one is ${Math.ceil(bytes.length / 1024)} KiB.` };
  const png = pngSize(bytes);
  const jpeg = png ? undefined : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) {
    const head = new TextDecoder().decode(bytes.subarray(0, 200)).toLowerCase();
    if (head.includes("<svg") || head.includes("<?xml")) return { ok: false, message: "SVG logos are converted to PNG before they are stored; choose the file again in the report editor." };
    return { ok: false, message: "A logo must be a PNG or JPEG image (or an SVG, which is converted)." };
  }
  if (size.width < 1 || size.height < 1 || size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE)
    return { ok: false, message: `That image is ${size.width} × ${size.height} pixels; a logo is at most ${LOGO_MAX_SIDE} pixels on each side.` };
  return { ok: true, mime: png ? "image/png" : "image/jpeg", ...size };
}
