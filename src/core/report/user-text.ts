/**
 * Every piece of user-written text in a report model is one of these: the text, the
 * language it is in (for the PDF's lang attributes and shaping), and a stable key that
 * names where it came from, so a redaction decision on a note applies wherever that note
 * appears (in its theme and as a quote).
 */
export interface UserText {
  readonly kind: "user-text";
  readonly key: string;
  readonly text: string;
  readonly lang: string;
}

export const userTextOf = (key: string, text: string, lang = ""): UserText => ({ kind: "user-text", key, text, lang });

const isUserText = (v: unknown): v is UserText =>
  typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "user-text" && typeof (v as { key?: unknown }).key === "string";

/** Every user text in a value (a report model or any part of it), in document order. */
export function collectUserTexts(value: unknown, out: UserText[] = []): UserText[] {
  if (isUserText(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectUserTexts(v, out);
  else if (typeof value === "object" && value !== null) for (const v of Object.values(value)) collectUserTexts(v, out);
  return out;
}

/** A copy of `value` with every user text passed through `f` (used to apply redactions). */
export function mapUserTexts<T>(value: T, f: (t: UserText) => string): T {
  if (isUserText(value)) return { ...value, text: f(value) };
  if (Array.isArray(value)) return value.map((v: unknown) => mapUserTexts(v, f)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapUserTexts(v, f);
    return out as T;
  }
  return value;
}
