/** Where the renderer comes from: our own `app://hearth/` scheme, or Vite's dev server in `npm run dev`. */
export const APP_SCHEME = "app";
export const APP_HOST = "hearth";
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The dev server's URL that `electron-vite dev` sets, when this is an unpackaged build and
 * the URL is plain HTTP on this computer; otherwise undefined, so a stray environment
 * variable can never point a window (and its bridge) at remote content.
 */
export function devRendererUrl(env: NodeJS.ProcessEnv, packaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (packaged || !raw) return undefined;
  const url = parse(raw);
  return url && url.protocol === "http:" && LOOPBACK.has(url.hostname) ? raw : undefined;
}

/** Whether a page at `url` is ours: the app scheme, or the dev server's origin when there is one. */
export function isTrustedUrl(url: string, devUrl: string | undefined): boolean {
  const u = parse(url);
  if (!u) return false;
  // Node gives non-special schemes an opaque origin ("null"), so compare scheme and host.
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  const dev = devUrl === undefined ? undefined : parse(devUrl);
  return dev !== undefined && u.origin === dev.origin;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
