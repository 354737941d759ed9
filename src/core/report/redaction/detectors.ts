import { AMBIGUOUS_FIRST_NAMES, AMBIGUOUS_SURNAMES, SEED_FIRST_NAMES, SEED_SURNAMES, TITLES } from "./names";

export type FindingKind = "name" | "phone" | "email" | "postcode" | "address" | "dob";

/** A stretch of one text that looks like personal data. */
export interface Span {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
}

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}\p{M}])`;

export function findEmails(text: string): Span[] {
  const re = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
  return [...text.matchAll(re)].map((m) => ({ kind: "email", start: m.index, end: m.index + m[0].length }));
}

/**
 * UK phone numbers: 0 or +44 / 0044 then 10 national digits in 01, 02, 03, 05, 07 or 08
 * (e.g. 07700 900123, 0161 496 0000, (020) 7946 0000, +44 7700 900123).
 */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  const starts = /(?<![\p{L}\p{N}+])(?:\+\s?44\s?(?:\(0\)\s?)?|0044\s?(?:\(0\)\s?)?|\(?0)/gu;
  for (const m of text.matchAll(starts)) {
    const start = m.index;
    // The national number starts with the 0 of the prefix (written, or implied by +44).
    let national = "0";
    const ends = [start + m[0].length];
    for (let i = ends[0]!; i < text.length && national.length < 12; i++) {
      const c = text[i]!;
      if (c >= "0" && c <= "9") {
        national += c;
        ends.push(i + 1);
        continue;
      }
      // Separators people type between digit groups: " ", "-", "(", ")", at most two in a row.
      const gap = /^[ ()-]{1,2}(?=\d)/u.exec(text.slice(i, i + 3));
      if (!gap) break;
      i += gap[0].length - 1;
    }
    for (const length of [11, 10]) {
      const end = ends[length - 1];
      if (end === undefined || /\p{N}/u.test(text[end] ?? "")) continue;
      // Mobiles (07), 02, 03 and 05 numbers have 11 digits; only some 01 and 080 numbers have 10.
      if (length === 11 ? /^0[1235789]/u.test(national) : /^0(1|80)/u.test(national)) {
        spans.push({ kind: "phone", start, end });
        break;
      }
    }
  }
  return spans;
}

/** UK postcodes, any case, with or without the space: M14 5QX, sw1a 1aa, B33 8TH. */
export function findPostcodes(text: string): Span[] {
  const re = new RegExp(`${NOT_LETTER_BEFORE}(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?|GIR) ?\\d[ABD-HJLNP-UW-Z]{2}${NOT_LETTER_AFTER}`, "giu");
  return [...text.matchAll(re)].map((m) => ({ kind: "postcode", start: m.index, end: m.index + m[0].length }));
}

const MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const BIRTH_CONTEXT = /(born|d\.?o\.?b\.?|date of birth|birthday|birth date)\W{0,3}(on|in)?\W{0,3}$/iu;

/**
 * Dates that may be dates of birth: a full date said to be a birth date, a full date at
 * least ten years before the event (`referenceYear`), a year after "born", or a date
 * written with a two-digit year.
 */
export function findDatesOfBirth(text: string, referenceYear: number): Span[] {
  const spans: Span[] = [];
  const birthContext = (at: number) => BIRTH_CONTEXT.test(text.slice(Math.max(0, at - 30), at));
  const push = (start: number, end: number, year: string) => {
    const y = Number(year.length === 2 ? `19${year}` : year);
    if (year.length === 2 || y <= referenceYear - 10 || birthContext(start)) spans.push({ kind: "dob", start, end });
  };
  const patterns = [
    { re: /(?<![\p{N}/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1((?:19|20)\d{2}|\d{2})(?![\p{N}])/gu, year: 2 },
    { re: new RegExp(`(?<!\\p{N})(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+((?:19|20)\\d{2})(?!\\p{N})`, "giu"), year: 1 },
    { re: new RegExp(`${NOT_LETTER_BEFORE}(?:${MONTHS})\\.?\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\p{N})`, "giu"), year: 1 },
  ];
  for (const { re, year } of patterns) for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length, m[year]!);
  for (const m of text.matchAll(/(?<!\p{N})(?:19|20)\d{2}(?!\p{N})/gu)) if (birthContext(m.index)) spans.push({ kind: "dob", start: m.index, end: m.index + 4 });
  return spans;
}

/** Capitalised words that end a name rather than continue it ("Emma Road", "Dr Shah Surgery"). */
const PLACE_WORDS = new Set(
  "Road Street Lane Avenue Close Court Drive Way Place Square Park House Flats Tower Estate Centre Center Hall Church Mosque Temple Gurdwara Library School Academy College Surgery Practice Clinic Hospital Council Group Trust Housing Association Partnership Team Cafe Café Club Station Stop Bridge Canal Garden Gardens Street's".split(" "),
);

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w);
const words = (list: readonly string[]) => new Set(list);
const FIRST = words(SEED_FIRST_NAMES);
const AMBIGUOUS_FIRST = words(AMBIGUOUS_FIRST_NAMES);
const SURNAMES = words(SEED_SURNAMES);
const AMBIGUOUS_SUR = words(AMBIGUOUS_SURNAMES);
const TITLE_SET = words(TITLES);
/** "’s" and "'s" are not part of a name. */
const stem = (w: string) => w.replace(/['’]s$/u, "");

/**
 * People's names: a title and the capitalised words after it ("Mrs Doreen Pickering"), a
 * known first name (with the surname after it), a known surname on its own, and the
 * organiser's own names in any case. First names and surnames that are everyday words
 * ("Will", "Grace", "Green", "Hall") count only beside another part of a name.
 */
export function findNames(text: string, extraNames: readonly string[]): Span[] {
  const tokens: Token[] = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const adjacent = (a: Token, b: Token | undefined, allowDot = false) =>
    b !== undefined && (allowDot ? /^\.? $/u : /^ $/u).test(text.slice(a.end, b.start));
  const nameLike = (t: Token | undefined): t is Token => t !== undefined && isCapitalised(t.word) && !PLACE_WORDS.has(stem(t.word)) && !TITLE_SET.has(t.word);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = stem(t.word);
    if (!isCapitalised(t.word)) continue;
    let last = -1;
    if (TITLE_SET.has(w) && adjacent(t, tokens[i + 1], true) && nameLike(tokens[i + 1])) {
      last = i + 1;
      while (last < i + 3 && adjacent(tokens[last]!, tokens[last + 1]) && nameLike(tokens[last + 1])) last++;
    } else if (AMBIGUOUS_FIRST.has(w) || AMBIGUOUS_SUR.has(w)) {
      const next = tokens[i + 1];
      if (AMBIGUOUS_FIRST.has(w) && adjacent(t, next) && next && isCapitalised(next.word) && SURNAMES.has(stem(next.word))) last = i + 1;
    } else if (PLACE_WORDS.has(stem(tokens[i + 1]?.word ?? "")) && adjacent(t, tokens[i + 1])) {
      continue; // "Emma Road", "Pickering House": a place named after someone
    } else if (FIRST.has(w)) {
      last = i;
      if (adjacent(t, tokens[i + 1]) && nameLike(tokens[i + 1]) && !FIRST.has(stem(tokens[i + 1]!.word))) last = i + 1;
    } else if (SURNAMES.has(w)) last = i;
    if (last >= 0) {
      const end = tokens[last]!;
      spans.push({ kind: "name", start: t.start, end: end.start + stem(end.word).length });
      i = last;
    }
  }
  for (const raw of extraNames) {
    const name = raw.trim();
    if (name.length < 2) continue;
    const re = new RegExp(`${NOT_LETTER_BEFORE}${name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+")}${NOT_LETTER_AFTER}`, "giu");
    for (const m of text.matchAll(re)) spans.push({ kind: "name", start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
