export type JsonFrame = { ok: true; value: unknown } | { ok: false; code: "bad_request" | "too_large"; message: string };

/**
 * Turns what arrived over IPC (a structured clone) into plain JSON, as if it had come over
 * the WebSocket: only objects, arrays, strings, numbers, booleans and null are accepted, and
 * a frame over `limit` bytes is refused before it is serialised, so a huge one costs little.
 */
export function readJsonFrame(raw: unknown, limit: number): JsonFrame {
  const tooLarge: JsonFrame = { ok: false, code: "too_large", message: `That message is too large (over ${limit / 1024} KiB).` };
  const size = raw === undefined ? "not-json" : jsonSizeAtLeast(raw, limit);
  if (size === "not-json") return { ok: false, code: "bad_request", message: "Messages are plain JSON values." };
  if (size > limit) return tooLarge;
  const text = JSON.stringify(raw);
  if (Buffer.byteLength(text, "utf8") > limit) return tooLarge;
  return { ok: true, value: JSON.parse(text) as unknown };
}

/** A lower bound of the value's JSON size in bytes; it stops counting once past `limit` (and so ends on cycles). */
function jsonSizeAtLeast(root: unknown, limit: number): number | "not-json" {
  let size = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0 && size <= limit) {
    const v = stack.pop();
    if (v === undefined) continue; // dropped by JSON, as a property that is not there
    if (v === null || typeof v === "boolean" || typeof v === "number") size += 1;
    else if (typeof v === "string") size += v.length + 2;
    else if (Array.isArray(v)) {
      const items: readonly unknown[] = v;
      size += 2 + items.length;
      if (size <= limit) stack.push(...items);
    } else if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      const keys = Object.keys(v);
      size += 2 + keys.length * 4;
      if (size > limit) break;
      for (const k of keys) {
        size += k.length;
        stack.push((v as Record<string, unknown>)[k]);
      }
    } else return "not-json";
  }
  return size;
}
