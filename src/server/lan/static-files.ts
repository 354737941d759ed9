import { createReadStream, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

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

export function sendFile(res: ServerResponse, path: string, headers: Record<string, string>): void {
  res.writeHead(200, { ...headers, "content-type": contentTypeOf(path) });
  createReadStream(path).pipe(res);
}

export const indexFile = (root: string) => join(root, "index.html");
