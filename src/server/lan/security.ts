import { reportStyleSource } from "../report/html/stylesheet";

/** Headers on everything the room serves: a strict CSP, no framing, no sniffing, no referrer. */
export function securityHeaders(): Record<string, string> {
  return {
    "content-security-policy": [
      "default-src 'self'",
      "script-src 'self'",
      // The report's own stylesheet, by hash: the editor's preview frame (srcdoc) inherits this policy.
      `style-src 'self' ${reportStyleSource()}`.trimEnd(),
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cache-control": "no-store",
  };
}

/**
 * A WebSocket upgrade must name one of our own hosts and, when a browser sends an Origin,
 * come from a page we served. This stops other sites in the same browser (cross-site
 * WebSocket hijacking) and DNS rebinding.
 */
export function upgradeAllowed(host: string | undefined, origin: string | undefined, allowedHosts: ReadonlySet<string>): boolean {
  if (!host || !allowedHosts.has(host.toLowerCase())) return false;
  if (origin === undefined) return true; // not a browser (a test or a tool on this machine)
  return origin.toLowerCase() === `http://${host.toLowerCase()}`;
}
