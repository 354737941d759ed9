import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { MAX_FRAME_BYTES, fail, type ResultFrame } from "../../api";
import { FACILITATOR } from "../room/actor";
import type { Room } from "../room/room";
import { Session } from "../room/session";
import { VERSION } from "../version";
import { securityHeaders, upgradeAllowed } from "./security";
import { indexFile, resolveStatic, sendFile } from "./static-files";

export interface LanServerOptions {
  readonly room: Room;
  /** The built renderer (index.html and its assets). */
  readonly rendererDir: string;
  readonly host: string;
  readonly port: number;
}

export interface LanServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** ws closes the socket past this; between MAX_FRAME_BYTES and here a frame gets an error reply. */
const HARD_FRAME_LIMIT = 64 * 1024;

/** The HTTP + WebSocket server for browsers: the renderer's files, /healthz, and the room at /ws. */
export async function startLanServer(opts: LanServerOptions): Promise<LanServer> {
  const headers = securityHeaders();
  const allowedHosts = new Set<string>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_LIMIT });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname === "/healthz") {
      res.writeHead(200, { ...headers, "content-type": "application/json" }).end(JSON.stringify({ ok: true, version: VERSION }));
      return;
    }
    const file = resolveStatic(opts.rendererDir, url.pathname);
    if (file) return sendFile(res, file, headers);
    if (!url.pathname.includes(".")) return sendFile(res, indexFile(opts.rendererDir), headers);
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("Not found");
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  server.on("upgrade", (req: IncomingMessage, socket, head) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== "/ws" || !upgradeAllowed(req.headers.host, req.headers.origin, allowedHosts)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, opts.room));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  for (const h of [opts.host, "127.0.0.1", "localhost"]) allowedHosts.add(`${h}:${port}`.toLowerCase());

  return {
    url: `http://${opts.host}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((done) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function attach(ws: WebSocket, room: Room): void {
  const send = (frame: unknown) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };
  const session = new Session(room, FACILITATOR, send);
  ws.on("message", (data, isBinary) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
    if (isBinary) return send(errorFrame("bad_request", "Messages are JSON text."));
    if (size > MAX_FRAME_BYTES) return send(errorFrame("too_large", `That message is too large (over ${MAX_FRAME_BYTES / 1024} KiB).`));
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return send(errorFrame("bad_request", "That message is not valid JSON."));
    }
    const answer = session.handle(raw);
    if (answer instanceof Promise) void answer.then(send);
    else send(answer);
  });
  ws.on("close", () => session.close());
  ws.on("error", () => ws.terminate());
}

const errorFrame = (code: "bad_request" | "too_large", message: string): ResultFrame => ({ type: "result", id: null, result: fail(code, message) });
