import { z } from "zod";
import { addDays, IsoDate } from "../event";
import { EventId } from "../ids";
import { cleanText, visibleLength } from "../text";

/**
 * How a resident wants to hear what came of the event: a text, an email, a letter, or
 * collecting it at the hub. A contact is kept apart from everything residents said: it names
 * no note, ballot or device, and carries only the day it was left.
 */
export const ContactChannel = z.enum(["text", "email", "post", "collect"]);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const CONTACT_CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  text: "Text me",
  email: "Email me",
  post: "Post it",
  collect: "I'll collect it at the hub",
};

/** What the organiser reached, per channel, in words for the sending page. */
export const CONTACT_REACHED_LABELS: Readonly<Record<ContactChannel, string>> = {
  text: "by text",
  email: "by email",
  post: "by post",
  collect: "collected at the hub",
};

export const CONTACT_NAME_MAX = 80;
export const CONTACT_ADDRESS_MAX = 300;
export const CONTACT_EMAIL_MAX = 254;

/** Why a contact was refused, as a key the phone translates (hearBack.problem.<key>) and the room says in English. */
export type ContactProblem = "phone" | "email" | "address" | "name" | "extra";
export const CONTACT_PROBLEMS: Readonly<Record<ContactProblem, string>> = {
  phone: "That is not a phone number: use digits only, 7 to 15 of them, with an optional + at the start (e.g. 07700 900123).",
  email: "That is not an email address: it looks like name@example.org.",
  address: "Write the postal address, with the postcode (at least a street and a town).",
  name: `A name has at most ${CONTACT_NAME_MAX} characters.`,
  extra: "Collecting at the hub needs no phone, email or address: leave that empty.",
};

const PHONE_CHARS = /^\+?[0-9(][0-9 ()\-.]*$/;
// Deliberately plain: one @, something before it, a dot in the part after, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A phone number as typed, checked: digits with spaces, dashes, dots or brackets, 7 to 15 digits. Returns it tidied, or null. */
export function tidyPhone(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, " ");
  if (!PHONE_CHARS.test(s)) return null;
  const digits = s.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 15 ? s : null;
}

export function tidyEmail(raw: string): string | null {
  const s = raw.trim();
  return s.length <= CONTACT_EMAIL_MAX && EMAIL.test(s) ? s : null;
}

/** A postal address: at least 10 characters over two parts (lines or commas), at most CONTACT_ADDRESS_MAX. */
export function tidyAddress(raw: string): string | null {
  const s = cleanText(raw.replace(/\r\n?/g, "\n")).trim();
  const parts = s.split(/[\n,]/).filter((p) => p.trim().length > 0);
  return parts.length >= 2 && visibleLength(s) >= 10 && visibleLength(s) <= CONTACT_ADDRESS_MAX ? s : null;
}

export interface ContactDraft {
  readonly channel: ContactChannel;
  readonly name: string;
  readonly detail: string;
}

/** Checks a contact as a resident typed it: the tidied contact, or which part is wrong. Pure: the phone and the room use it alike. */
export function checkContact(draft: ContactDraft): { ok: true; value: ContactDraft } | { ok: false; problem: ContactProblem } {
  const name = cleanText(draft.name).replace(/\s+/g, " ").trim();
  if (visibleLength(name) > CONTACT_NAME_MAX) return { ok: false, problem: "name" };
  const detail =
    draft.channel === "text"
      ? tidyPhone(draft.detail)
      : draft.channel === "email"
        ? tidyEmail(draft.detail)
        : draft.channel === "post"
          ? tidyAddress(draft.detail)
          : draft.detail.trim() === ""
            ? ""
            : null;
  if (detail === null) return { ok: false, problem: draft.channel === "text" ? "phone" : draft.channel === "email" ? "email" : draft.channel === "post" ? "address" : "extra" };
  return { ok: true, value: { channel: draft.channel, name, detail } };
}

/** A contact as it arrives over the wire: checked, then tidied. */
export const ContactEntry = z
  .strictObject({
    channel: ContactChannel,
    name: z.string({ error: "The name must be text" }).max(CONTACT_NAME_MAX * 8, CONTACT_PROBLEMS.name).default(""),
    detail: z.string({ error: "The detail must be text" }).max(CONTACT_ADDRESS_MAX * 8, "That is too long.").default(""),
  })
  .transform((c, ctx) => {
    const checked = checkContact(c);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: "custom", message: CONTACT_PROBLEMS[checked.problem], path: [checked.problem === "name" ? "name" : "detail"] });
    return z.NEVER;
  });

export const LeaveContactInput = z.strictObject({ eventId: EventId, contact: ContactEntry });

/** A contact as the organiser sees it on the sending page. */
export const Contact = z.object({ id: z.string(), channel: ContactChannel, name: z.string(), detail: z.string(), leftOn: IsoDate });
export type Contact = z.infer<typeof Contact>;

/** How many residents were reached by each channel (recorded on the sending page). */
export const ContactReached = z.strictObject({
  text: z.number().int().min(0).max(100_000),
  email: z.number().int().min(0).max(100_000),
  post: z.number().int().min(0).max(100_000),
  collect: z.number().int().min(0).max(100_000),
});
export type ContactReached = z.infer<typeof ContactReached>;
export const NO_REACH: ContactReached = { text: 0, email: 0, post: 0, collect: 0 };

/** Days after the report is marked sent that contacts are kept; 30 unless the organiser chooses. */
export const CONTACT_KEEP_DAYS_DEFAULT = 30;
export const ContactKeepDays = z.number({ error: "Days must be a number" }).int("Days must be a whole number").min(0, "Days cannot be negative").max(365, "Keep contacts for at most 365 days after sending");

/** One deletion the organiser is shown: "12 contacts deleted on 2026-12-08". */
export const ContactDeletion = z.object({ deletedOn: IsoDate, count: z.number().int().nonnegative() });
export type ContactDeletion = z.infer<typeof ContactDeletion>;

/** The day an event's contacts are deleted: `keepDays` after the report was marked sent; null while it is not sent. */
export function contactDeletionDate(sentOn: IsoDate | null, keepDays: number): IsoDate | null {
  return sentOn === null ? null : addDays(sentOn, keepDays);
}

/** Whether an event's contacts are due for deletion on `today`. */
export function contactsExpired(sentOn: IsoDate | null, keepDays: number, today: IsoDate): boolean {
  const on = contactDeletionDate(sentOn, keepDays);
  return on !== null && on <= today;
}

export const contactCountText = (n: number): string => `${n} contact${n === 1 ? "" : "s"}`;
