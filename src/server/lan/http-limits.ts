import type { IncomingMessage, ServerResponse } from "node:http";

/** No endpoint of the room reads a request body; anything bigger than this is refused before it is read. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Refuses (413, and closes the connection so the rest is never read) a request that declares
 * a body over the cap or streams one of unknown length. Returns true when it answered.
 */
export function refuseLargeBody(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): boolean {
  const declared = Number(req.headers["content-length"] ?? "0");
  const chunked = req.headers["transfer-encoding"] !== undefined;
  if (!chunked && Number.isFinite(declared) && declared <= MAX_BODY_BYTES) return false;
  res.writeHead(413, { ...headers, "content-type": "text/plain", connection: "close" }).end("Request body too large");
  res.once("finish", () => req.socket.destroy());
  return true;
}
