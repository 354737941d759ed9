import type { Database } from "better-sqlite3";
import { timingSafeEqual } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { dirname, join, relative, isAbsolute } from "node:path";
import type { ServerResponse } from "node:http";
import type { ExportFormat } from "../../core";
import { reportExports } from "../db/repos/report-exports";
import { threadExports } from "../db/repos/thread-exports";
import { EXPORTS_FOLDER } from "../report/export/exports-folder";

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  pdf: "application/pdf",
  markdown: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  archive: "application/json; charset=utf-8",
};

/**
 * `attachment` with the file's (already safe) name: an ASCII stand-in for old clients and
 * the real name, any script, percent-encoded (RFC 6266 / 5987).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/gu, "_").replace(/["\\%;]/gu, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * GET /exports/<export id>/<token>: a finished browser-mode export, downloaded under its
 * safe name. The token (random, per export) is only ever given to the screen that asked
 * for the export, and only files in the data folder's exports folder are served (not one
 * the desktop app saved elsewhere); anything else is a plain 404.
 */
export function serveExportDownload(db: Database, pathname: string, res: ServerResponse, headers: Record<string, string>, headOnly: boolean): void {
  const notFound = () => void res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("Not found");
  const m = /^\/exports\/([A-Za-z0-9_-]{8,64})\/([A-Za-z0-9_-]{16,64})$/u.exec(pathname);
  // An event's export, or a neighbourhood's (progress report, good news): one download path for both.
  const row = m ? (reportExports.get(db, m[1]!) ?? threadExports.get(db, m[1]!)) : undefined;
  if (!m || !row || row.status !== "done" || !sameToken(row.token, m[2]!)) return notFound();
  const inExports = relative(join(dirname(db.name), EXPORTS_FOLDER), row.path);
  if (inExports === "" || inExports.startsWith("..") || isAbsolute(inExports)) return notFound();
  let size: number;
  try {
    size = statSync(row.path).size;
  } catch {
    return notFound();
  }
  res.writeHead(200, { ...headers, "content-type": CONTENT_TYPES[row.format], "content-length": String(size), "content-disposition": contentDisposition(row.fileName) });
  if (headOnly) return void res.end();
  createReadStream(row.path).pipe(res);
}
