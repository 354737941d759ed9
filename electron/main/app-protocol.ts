import { protocol } from "electron";
import { readFile } from "node:fs/promises";
import { securityHeaders } from "../../src/server/lan/security";
import { contentTypeOf, indexFile, resolveStatic } from "../../src/server/lan/static-files";
import { APP_HOST, APP_SCHEME } from "./app-origin";

/**
 * Must run before the app is ready: makes `app://` a standard, secure origin (storage, fetch,
 * CSP 'self', same-origin module scripts). `corsEnabled` stays off on purpose: it would let
 * other origins read these files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer at `app://hearth/`, only files inside `rendererDir` (the same
 * path-traversal guard as `hearth serve`), each with the strict CSP and security headers.
 */
export function serveRenderer(rendererDir: string): void {
  const headers = securityHeaders();
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response("Not found", { status: 404, headers });
    if (request.method !== "GET" && request.method !== "HEAD") return new Response(null, { status: 405, headers });
    const file = resolveStatic(rendererDir, url.pathname) ?? (url.pathname.includes(".") ? undefined : indexFile(rendererDir));
    if (!file) return new Response("Not found", { status: 404, headers: { ...headers, "content-type": "text/plain" } });
    try {
      const body = request.method === "HEAD" ? null : await readFile(file);
      return new Response(body, { status: 200, headers: { ...headers, "content-type": contentTypeOf(file) } });
    } catch {
      return new Response("Not found", { status: 404, headers: { ...headers, "content-type": "text/plain" } });
    }
  });
}
