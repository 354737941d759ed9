/**
 * HTML built from templates where every interpolated value is escaped unless it is itself
 * SafeHtml (made by this tag). User text can therefore only ever be text: `<script>`,
 * `<img onerror>`, `javascript:` and `{{7*7}}` come out as the characters they are.
 */
const SAFE: unique symbol = Symbol("SafeHtml");

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

const safe = (value: string): SafeHtml => ({ [SAFE]: true, value });
const isSafe = (v: unknown): v is SafeHtml => typeof v === "object" && v !== null && (v as { [SAFE]?: unknown })[SAFE] === true;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/gu, (c) => ENTITIES[c]!);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false || v === true) return "";
  if (Array.isArray(v)) return v.map(render).join("");
  if (isSafe(v)) return v.value;
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return safe(out);
}

/** Marks one of Hearth's own constants (the stylesheet) as HTML. Never for anything a person typed. */
export function trustedConstant(value: string): SafeHtml {
  return safe(value);
}

/** A catalogue message with its {{placeholders}} filled: the message's own text is escaped, each value as html`` would treat it. */
export function htmlMessage(message: string, values: Readonly<Record<string, HtmlValue>> = {}): SafeHtml {
  const parts = message.split(/\{\{(\w+)\}\}/u);
  return safe(parts.map((p, i) => (i % 2 === 0 ? escapeHtml(p) : p in values ? render(values[p]) : escapeHtml(`{{${p}}}`))).join(""));
}
