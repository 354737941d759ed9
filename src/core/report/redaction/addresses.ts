import type { Span } from "./detectors";

/** Words that end an English street name ("Elm Walk", "Park Road", "St Mary's Close"), any case. */
const STREET_WORDS =
  "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Court|Ct|Drive|Dr|Way|Walk|Place|Pl|Crescent|Cres|Grove|Terrace|Gardens|Square|Sq|Row|Hill|Mews|Parade|Rise|View|Green|Vale|Park|Yard|Wharf|Boulevard";
/** A capitalised word of a street's name: "Elm", "St", "Mary's", "Lord-Lane". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** "Elm Walk", "St Mary's Close", "Old Park Road": up to three name words, then the street word. */
const STREET = String.raw`(?:${NAME_WORD}\s+){1,3}(?:${STREET_WORDS})\.?(?![\p{L}\p{N}])`;
const HOUSE_NUMBER = String.raw`\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?`;
const FLAT = String.raw`(?:Flat|Apartment|Apt\.?|Unit)\s+\d{1,4}[A-Za-z]?`;
const BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}])`;
const AFTER = String.raw`(?![\p{L}\p{N}\p{M}])`;
/** Digits as people type them: ASCII or Arabic-Indic. */
const ANY_DIGITS = String.raw`[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}`;

const PATTERNS: readonly RegExp[] = [
  // "Flat 3, 22 Park Road", "14 Elm Walk", "14a St Mary's Close", "12-14 Elm Road".
  new RegExp(`${BEFORE}(?:${FLAT},?\\s+)?${HOUSE_NUMBER}\\s+${STREET}`, "gu"),
  // "Flat 3" on its own, "number 14", "No. 14".
  new RegExp(`${BEFORE}(?:${FLAT}|[Nn]umber\\s+\\d{1,4}[A-Za-z]?|No\\.\\s?\\d{1,4}[A-Za-z]?)${AFTER}`, "gu"),
  // "the corner of Elm Walk and Park Road", "corner of Elm Walk": the streets that pin a home down.
  new RegExp(`(?<=\\b[Cc]orner of (?:the )?)${STREET}(?:\\s+(?:and|&)\\s+${STREET})?`, "gu"),
  // Polish: "ul. Długa 5", "ulica Długa 5/4", "al. Jana Pawła II 12 m. 3", "os. Słoneczne 7".
  new RegExp(
    `${BEFORE}(?:ul\\.|ulica|ulicy|al\\.|aleja|alei|pl\\.|plac|placu|os\\.|osiedle|osiedlu)\\s*(?:${NAME_WORD}\\s+){1,4}\\d{1,4}[A-Za-z]?(?:\\s*/\\s*\\d{1,4}|\\s+m\\.\\s*\\d{1,4})?${AFTER}`,
    "gu",
  ),
  // Arabic: "شارع الحديقة ١٤", "١٤ شارع الحديقة".
  new RegExp(`${BEFORE}(?:${ANY_DIGITS}\\s+)?شارع(?:\\s+[\\p{Script=Arabic}]+){1,2}(?:\\s+${ANY_DIGITS})?${AFTER}`, "gu"),
];

const hasNumber = (s: string) => /[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(s);

/**
 * Street addresses: a house number and a street ("14 Elm Walk", "Flat 3, 22 Park Road"),
 * "number 14", a flat, the corner of two streets, and the Polish and Arabic ways of writing
 * them ("ul. Długa 5", "شارع الحديقة ١٤"). A street named without a number or a corner is
 * a place, not a home, and is left alone.
 */
export function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  for (const [i, re] of PATTERNS.entries()) {
    for (const m of text.matchAll(re)) {
      // An Arabic street is someone's home only with its number.
      if (i === PATTERNS.length - 1 && !hasNumber(m[0])) continue;
      spans.push({ kind: "address", start: m.index, end: m.index + m[0].trimEnd().length });
    }
  }
  return spans;
}
