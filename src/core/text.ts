import { z } from "zod";

/**
 * User text is kept as text. Control characters (but tab and newline) and lone surrogates
 * are removed, the result is NFC-normalised and trimmed. Bidi controls are kept: they are
 * legitimate in mixed-script notes, and the UI isolates each note (dir="auto", <bdi>).
 */
export function cleanText(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += raw[i]! + raw[i + 1]!;
        i++;
      }
      continue; // lone high surrogate
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // lone low surrogate
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) continue;
    out += raw[i]!;
  }
  return out.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/**
 * User text placed inside one of Hearth's own sentences, wrapped in first-strong isolate …
 * pop directional isolate (U+2068 … U+2069): its direction is its own, and a stray U+202E in
 * it ends with it instead of reversing the rest of the sentence.
 */
export const isolate = (text: string): string => (text === "" ? "" : `\u2068${text}\u2069`);

/** Visible length, counting an emoji sequence or a letter with combining marks once. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) n++;
  return n;
}

export const NOTE_MAX = 500;
export const TITLE_MAX = 120;

/**
 * The most UTF-16 units a field of `max` visible characters may arrive with (an emoji or a
 * letter with marks takes several): the schemas refuse anything longer before counting, and
 * an input box's maxLength is this, so the box never cuts what the room would take.
 */
export const inputMaxLength = (max: number): number => max * 8;

/** A schema for user text of at most `max` visible characters; `what` names it in messages. */
export function userText(what: string, max: number, min = 1) {
  return z
    .string({ error: `${what} must be text` })
    .max(inputMaxLength(max), `${what} is too long (at most ${max} characters)`)
    .transform(cleanText)
    .refine((s) => visibleLength(s) >= min, min === 1 ? `${what} is empty` : `${what} is too short`)
    .refine((s) => visibleLength(s) <= max, `${what} is too long (at most ${max} characters)`);
}

/** Optional short text: empty becomes "". */
export function optionalText(what: string, max: number) {
  return z
    .string({ error: `${what} must be text` })
    .max(inputMaxLength(max), `${what} is too long (at most ${max} characters)`)
    .transform(cleanText)
    .refine((s) => visibleLength(s) <= max, `${what} is too long (at most ${max} characters)`);
}
