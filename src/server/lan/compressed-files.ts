import { readFile, stat } from "node:fs/promises";
import type { IncomingHttpHeaders } from "node:http";
import { extname } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip";

/** Text types worth compressing; images and fonts already are. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json"]);

/**
 * The encoding to send `path` in, from the request's Accept-Encoding: brotli before gzip, none
 * for a type that gains nothing or a client that accepts neither (or refuses one with q=0).
 */
export function chooseEncoding(path: string, headers: IncomingHttpHeaders): Encoding | undefined {
  if (!COMPRESSIBLE.has(extname(path))) return undefined;
  const raw = headers["accept-encoding"];
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return undefined;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Compressed copies kept in memory, by path, encoding and the file's size and time: each file is compressed once. */
const cache = new Map<string, Promise<Buffer>>();
const MAX_CACHED = 200;

export async function compressedFile(path: string, encoding: Encoding): Promise<Buffer> {
  const s = await stat(path);
  const key = `${encoding}:${s.size}:${s.mtimeMs}:${path}`;
  let copy = cache.get(key);
  if (!copy) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    copy = readFile(path).then((raw) =>
      encoding === "br"
        ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipped(raw, { level: 9 }),
    );
    copy.catch(() => cache.delete(key));
    cache.set(key, copy);
  }
  return copy;
}
