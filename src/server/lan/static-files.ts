import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, dirname, extname, join, normalize, resolve, sep } from "node:path";
import { chooseEncoding, compressedFile } from "./compressed-files";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json; charset=utf-8",
  ".ico": "image/x-icon",
};

/**
 * Resolves a URL path to a file inside `root`, or undefined. Only the renderer's own files
 * are served: no path escapes the folder, and unknown types are not served at all.
 */
export function resolveStatic(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const rel = decoded === "/" ? "index.html" : decoded.replace(/^\/+/, "");
  const base = resolve(root);
  const full = resolve(base, normalize(rel));
  if (full !== base && !full.startsWith(base + sep)) return undefined;
  if (!TYPES[extname(full)]) return undefined;
  try {
    if (!statSync(full).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return full;
}

/** The content type of a file that resolveStatic returned (also used by Electron's app:// protocol). */
export const contentTypeOf = (path: string): string => TYPES[extname(path)] ?? "application/octet-stream";

/**
 * Whether a served file is named by its content hash (the build puts those, and only those, in
 * assets/ as name-HASH.ext): a new build gives a changed file a new name, so browsers may keep
 * it for good. Everything else (index.html above all) must be fetched afresh each time.
 */
export function isHashedAsset(root: string, path: string): boolean {
  return dirname(path) === join(resolve(root), "assets") && /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(basename(path));
}

const FOREVER = "public, max-age=31536000, immutable";

/**
 * Sends a file of the renderer: compressed when the browser accepts it (brotli or gzip), and
 * kept by the browser for good when it is a hashed asset; otherwise `no-store` from `headers`.
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, root: string, path: string, headers: Record<string, string>): void {
  const base = { ...headers, "content-type": contentTypeOf(path), vary: "Accept-Encoding", ...(isHashedAsset(root, path) && { "cache-control": FOREVER }) };
  const encoding = chooseEncoding(path, req.headers);
  if (!encoding) {
    res.writeHead(200, base);
    createReadStream(path).pipe(res);
    return;
  }
  compressedFile(path, encoding).then(
    (body) => res.writeHead(200, { ...base, "content-encoding": encoding, "content-length": String(body.length) }).end(req.method === "HEAD" ? undefined : body),
    () => res.writeHead(500, { ...headers, "content-type": "text/plain" }).end("That file could not be read."),
  );
}

export const indexFile = (root: string) => join(root, "index.html");
