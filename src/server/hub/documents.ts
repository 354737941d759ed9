import { createHash } from "node:crypto";
import { z } from "zod";
import { describeIssues, ThreadUpsert, WIN_PHOTO_MAX, WinPhoto, type ThreadKind } from "../../core";
import { canonicalJson } from "../report/archive/format";

/**
 * One thread record as a document on the hub: `{_id: "<kind>:<id>", kind, value}`. Only the
 * thread's kinds exist (ThreadUpsert); notes, ballots, devices and join codes have no kind
 * here, so they cannot travel. A win's photo travels as the attachment `photo`, not in the value.
 */
export const THREAD_KINDS: readonly ThreadKind[] = ThreadUpsert.options.map((o) => o.shape.kind.value);

/** The largest value a document may carry, photos aside (a priority with five long quotes fits easily). */
export const MAX_VALUE_BYTES = 64 * 1024;
/** A win's photo, decoded: the same cap as the data URL the screen sends. */
export const MAX_PHOTO_BYTES = Math.floor((WIN_PHOTO_MAX * 3) / 4);

export interface HubAttachment {
  readonly content_type: string;
  readonly data: string;
}

export interface HubDoc {
  _id: string;
  _rev?: string;
  kind: ThreadKind;
  value: Record<string, unknown>;
  _attachments?: Record<string, HubAttachment>;
}

export const docId = (r: ThreadUpsert): string => `${r.kind}:${r.value.id}`;

/** What a record is, whatever the document's revision: the hash that says whether it changed. */
export const recordHash = (r: ThreadUpsert): string => createHash("sha256").update(canonicalJson(r), "utf8").digest("hex");

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,(.*)$/s;

/** The document for a record; a deleted win keeps no photo. */
export function toDoc(r: ThreadUpsert): HubDoc {
  if (r.kind === "win") {
    const { photo, ...rest } = r.value;
    const m = photo !== null && !r.value.deleted ? DATA_URL.exec(photo) : null;
    const value = { ...rest, photo: null };
    return m ? { _id: docId(r), kind: r.kind, value, _attachments: { photo: { content_type: m[1]!, data: m[2]! } } } : { _id: docId(r), kind: r.kind, value };
  }
  return { _id: docId(r), kind: r.kind, value: { ...r.value } };
}

const IncomingAttachment = z.object({ content_type: z.string(), data: z.string() });
const IncomingDoc = z.object({
  _id: z.string(),
  kind: z.string(),
  value: z.record(z.string(), z.unknown()),
  _attachments: z.record(z.string(), IncomingAttachment).optional(),
});

/** A document from the hub, parsed before it touches anything: the record, or why it is refused. */
export function fromDoc(doc: unknown): { ok: true; record: ThreadUpsert } | { ok: false; reason: string } {
  const shell = IncomingDoc.safeParse(doc);
  if (!shell.success) return { ok: false, reason: `not a thread record: ${describeIssues(shell.error.issues)}` };
  const { _id, kind, value, _attachments } = shell.data;
  if (!(THREAD_KINDS as readonly string[]).includes(kind)) return { ok: false, reason: `unknown kind of record "${kind.slice(0, 40)}"` };
  if (canonicalJson(value).length > MAX_VALUE_BYTES) return { ok: false, reason: "the record is too large" };
  const names = Object.keys(_attachments ?? {});
  if (names.some((n) => n !== "photo") || (names.length > 0 && kind !== "win")) return { ok: false, reason: "an attachment this kind of record does not have" };
  let full: Record<string, unknown> = value;
  const photo = _attachments?.photo;
  if (photo) {
    const url = `data:${photo.content_type};base64,${photo.data}`;
    const checked = WinPhoto.safeParse(url);
    if (!checked.success) return { ok: false, reason: `the win's photo: ${describeIssues(checked.error.issues)}` };
    full = { ...value, photo: url };
  }
  const parsed = ThreadUpsert.safeParse({ kind, value: full });
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  const extra = Object.keys(full).filter((k) => !Object.hasOwn(parsed.data.value, k));
  if (extra.length) return { ok: false, reason: `fields this kind of record does not have: ${extra.slice(0, 5).join(", ")}` };
  if (_id !== docId(parsed.data)) return { ok: false, reason: "its id does not match the record it holds" };
  return { ok: true, record: parsed.data };
}
