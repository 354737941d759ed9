/**
 * A file name that is safe to suggest or write on Windows, macOS and Linux: no folders
 * (`/`, `\`, `..`), no characters Windows refuses, no control or bidi-control characters (a
 * U+202E could make "report‮fdp.exe" look like a PDF), not a reserved Windows device name,
 * no leading dot (hidden) or trailing dot/space. Letters of every script are kept.
 */
const BIDI_AND_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\.|$)/iu;
/** Well under every file system's 255-byte limit, leaving room for " (2)" and an extension. */
const MAX_BYTES = 150;

/** UTF-8 bytes of a string (core has no TextEncoder: it runs without DOM or Node types). */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

export function safeFileStem(raw: string, fallback = "report"): string {
  let s = raw
    .normalize("NFC")
    .replace(BIDI_AND_INVISIBLE, "")
    .replace(CONTROL, " ")
    .replace(WINDOWS_FORBIDDEN, " ")
    .replace(/\.{2,}/gu, ".")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/gu, "");
  s = s.replace(RESERVED, "$1_"); // "CON.txt" → "CON_.txt"
  // Cut by whole characters (never half an emoji) until it fits.
  const chars = Array.from(s);
  while (chars.length > 0 && utf8Length(chars.join("")) > MAX_BYTES) chars.pop();
  s = chars.join("").replace(/[.\s]+$/gu, "");
  return s === "" ? fallback : s;
}

/** `safeFileStem(stem)` + "." + extension (letters and digits only). */
export function safeFileName(stem: string, extension: string): string {
  const ext = extension.replace(/[^A-Za-z0-9.]/gu, "").replace(/^\.+/u, "");
  return ext ? `${safeFileStem(stem)}.${ext}` : safeFileStem(stem);
}
