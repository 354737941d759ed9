import type { z } from "zod";
import { ThreadUpsert } from "../../core";
import { MAX_PHOTO_BYTES, MAX_VALUE_BYTES } from "./documents";

/** Names on the hub for one partnership: its database and the two roles its accounts carry. */
export function hubNames(partnership: string) {
  const slug = partnership
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  if (slug === "") throw new Error("The partnership's name needs at least one letter or digit (a-z, 0-9).");
  return { slug, db: `hearth-${slug}`, laptopRole: `hearth-${slug}-laptop`, observerRole: `hearth-${slug}-observer` };
}
export type HubNames = ReturnType<typeof hubNames>;

/** Members by role: laptops write, observers read; nobody but the server's admins changes the design or the security. */
export const securityDoc = (n: HubNames) => ({
  admins: { names: [], roles: [] },
  members: { names: [], roles: [n.laptopRole, n.observerRole] },
});

type FieldType = "string" | "number" | "boolean" | "array";
interface FieldSpec {
  readonly t: FieldType;
  readonly n: boolean;
}

function fieldSpec(schema: z.ZodType): FieldSpec {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  if (def.type === "nullable" && def.innerType) return { ...fieldSpec(def.innerType), n: true };
  if (def.type === "string" || def.type === "enum") return { t: "string", n: false };
  if (def.type === "number" || def.type === "boolean" || def.type === "array") return { t: def.type, n: false };
  throw new Error(`The hub's design has no check for a ${def.type} field`);
}

/** Each kind's fields and their JSON types, read from the thread's own schemas so the hub checks what Hearth parses. */
export const KIND_SPEC: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = Object.fromEntries(
  ThreadUpsert.options.map((o) => [o.shape.kind.value, Object.fromEntries(Object.entries(o.shape.value.shape).map(([k, f]) => [k, fieldSpec(f as z.ZodType)]))]),
);

/**
 * The hub's own check of every write (CouchDB's validate_doc_update; the stand-in runs the same
 * function). ES5 only: CouchDB's JavaScript engine is old. Admins pass; an observer, and any
 * account without the partnership's laptop role, is refused; so is a document of an unknown
 * kind, a bad shape, a value too large, an attachment other than a win's photo, or a photo too large.
 */
export function validateFunction(n: HubNames): string {
  return `function (newDoc, oldDoc, userCtx) {
  var spec = ${JSON.stringify(KIND_SPEC)};
  var laptop = ${JSON.stringify(n.laptopRole)};
  var maxValue = ${MAX_VALUE_BYTES};
  var maxPhoto = ${MAX_PHOTO_BYTES};
  function refuse(why) { throw({ forbidden: why }); }
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (roles.indexOf(laptop) === -1) refuse('This account may read this partnership but not write to it.');
  if (newDoc._id.indexOf('_design/') === 0) refuse('Only the hub\\'s administrators change its design.');
  if (newDoc._deleted) refuse('Records are not deleted on the hub.');
  var fields = spec[newDoc.kind];
  if (typeof newDoc.kind !== 'string' || !fields || !spec.hasOwnProperty(newDoc.kind)) refuse('Unknown kind of record.');
  var v = newDoc.value;
  if (!v || typeof v !== 'object' || v instanceof Array) refuse('A record needs a value.');
  if (newDoc._id !== newDoc.kind + ':' + v.id) refuse('A record\\'s id is its kind and its own id.');
  var k;
  for (k in newDoc) if (newDoc.hasOwnProperty(k) && k.charAt(0) !== '_' && k !== 'kind' && k !== 'value') refuse('Unknown field ' + k + '.');
  for (k in v) if (v.hasOwnProperty(k) && !fields.hasOwnProperty(k)) refuse('Unknown field ' + k + ' in a ' + newDoc.kind + '.');
  for (k in fields) {
    if (!fields.hasOwnProperty(k)) continue;
    var f = fields[k], x = v[k];
    if (x === null && f.n) continue;
    var ok = f.t === 'array' ? x instanceof Array : typeof x === f.t;
    if (!ok) refuse('The field ' + k + ' of a ' + newDoc.kind + ' must be a ' + f.t + (f.n ? ' or null' : '') + '.');
  }
  if (JSON.stringify(v).length > maxValue) refuse('The record is too large.');
  var atts = newDoc._attachments || {};
  for (k in atts) {
    if (!atts.hasOwnProperty(k)) continue;
    if (newDoc.kind !== 'win' || k !== 'photo') refuse('Only a win carries an attachment, its photo.');
    var a = atts[k];
    if (!/^image\\/(jpeg|png|webp)$/.test(a.content_type || '')) refuse('A win\\'s photo is a JPEG, PNG or WebP image.');
    var size = typeof a.length === 'number' ? a.length : typeof a.data === 'string' ? Math.floor(a.data.length * 3 / 4) : 0;
    if (size > maxPhoto) refuse('The photo is too large.');
  }
}`;
}

export const DESIGN_ID = "_design/hearth";

export const designDoc = (n: HubNames) => ({ _id: DESIGN_ID, language: "javascript", validate_doc_update: validateFunction(n) });
