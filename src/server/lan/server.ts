import { createServer, type IncomingMessage, type RequestListener, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { MAX_FRAME_BYTES, fail, type ResultFrame } from "../../api";
import type { Room } from "../room/room";
import { VERSION } from "../version";
import { Connection } from "./connection";
import { refuseLargeBody } from "./http-limits";
import { hostFor, type Listening } from "../join/lan-controller";
import { serveExportDownload } from "./export-download";
import { securityHeaders, upgradeAllowed } from "./security";
import { indexFile, resolveStatic, sendFile } from "./static-files";
import { isThisComputer } from "../join/this-computer";

export interface LanServerOptions {
  readonly room: Room;
  /** The built renderer (index.html and its assets). */
  readonly rendererDir: string;
  readonly host: string;
  readonly port: number;
  /** Only devices connect here (the desktop app's listener on a network address): no socket is ever the facilitator. */
  readonly devicesOnly?: boolean;
}

export interface LanServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Listens on one more address (a network address, for devices in the hall), same files and room; `port` 0 picks a free one. */
  listenAlso(address: string, port: number): Promise<Listening>;
  close(): Promise<void>;
}

/** ws closes the socket past this; between MAX_FRAME_BYTES and here a frame gets an error reply. */
const HARD_FRAME_LIMIT = 64 * 1024;
/** A device that has not answered a ping within this time is gone (Wi-Fi dropped): its socket is ended. */
const HEARTBEAT_MS = 20_000;

/**
 * The HTTP + WebSocket server for browsers: the renderer's files, /healthz, /join (the
 * short address devices type), and the room at /ws. It listens on one address (loopback
 * for `hearth serve`), and on a network address too while devices may join.
 */
export async function startLanServer(opts: LanServerOptions): Promise<LanServer> {
  const headers = securityHeaders();
  const allowedHosts = new Set<string>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_LIMIT });

  const onRequest: RequestListener = (req, res) => {
    if (refuseLargeBody(req, res, headers)) return;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname === "/healthz") {
      res.writeHead(200, { ...headers, "content-type": "application/json" }).end(JSON.stringify({ ok: true, version: VERSION }));
      return;
    }
    if (url.pathname === "/join") {
      res.writeHead(302, { ...headers, location: "/#/join" }).end();
      return;
    }
    if (url.pathname.startsWith("/exports/")) return serveExportDownload(opts.room.db, url.pathname, res, headers, req.method === "HEAD");
    const file = resolveStatic(opts.rendererDir, url.pathname);
    if (file) return sendFile(req, res, opts.rendererDir, file, headers);
    if (!url.pathname.includes(".")) return sendFile(req, res, opts.rendererDir, indexFile(opts.rendererDir), headers);
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("Not found");
  };

  /** `forDevices`: the socket came in on the devices' listener, so it is never the facilitator, whatever its Host says. */
  const onUpgrade = (forDevices: boolean) => (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== "/ws" || !upgradeAllowed(req.headers.host, req.headers.origin, allowedHosts)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    const remote = req.socket.remoteAddress;
    const local = !forDevices && isThisComputer(remote, req.headers.host);
    const address = unmapped(remote);
    wss.handleUpgrade(req, socket, head, (ws) => {
      arrivedAt.set(ws, unmapped(req.socket.localAddress));
      attach(ws, { room: opts.room, local, address });
    });
  };

  // A change goes to every device following the event: turned into JSON once, not once per socket.
  const changeJson = new WeakMap<object, string>();
  const encode = (frame: { type: string; change?: object }): string => {
    if (frame.type !== "change" || !frame.change) return JSON.stringify(frame);
    let json = changeJson.get(frame.change);
    if (json === undefined) changeJson.set(frame.change, (json = JSON.stringify(frame)));
    return json;
  };

  const alive = new WeakSet<WebSocket>();
  /** The local address each socket came in on, to end a listener's sockets when it stops. */
  const arrivedAt = new WeakMap<WebSocket, string>();
  const attach = (ws: WebSocket, connOpts: { room: Room; local: boolean; address: string }) => {
    alive.add(ws);
    ws.on("pong", () => alive.add(ws));
    const send = (frame: { type: string }) => {
      if (ws.readyState === ws.OPEN) ws.send(encode(frame));
    };
    const conn = new Connection(ws, connOpts, send);
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
      alive.add(ws);
      conn.handle(raw);
    });
    ws.on("close", () => conn.closed());
    ws.on("error", () => ws.terminate());
  };

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const open = async (host: string, port: number, forDevices: boolean): Promise<{ server: Server; port: number }> => {
    const server = createServer(onRequest);
    server.requestTimeout = 30_000;
    server.headersTimeout = 10_000;
    server.on("upgrade", onUpgrade(forDevices));
    await new Promise<void>((resolveListen, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolveListen());
    });
    return { server, port: (server.address() as AddressInfo).port };
  };

  const closeServer = (server: Server) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });

  const main = await open(opts.host, opts.port, opts.devicesOnly ?? false);
  for (const h of [hostFor(opts.host), "127.0.0.1", "localhost", "[::1]"]) allowedHosts.add(`${h}:${main.port}`.toLowerCase());
  const extra = new Set<Server>();

  return {
    url: `http://${hostFor(opts.host)}:${main.port}`,
    port: main.port,
    server: main.server,
    async listenAlso(address, port) {
      const opened = await open(address, port, true).catch((err: unknown) => {
        if (port !== 0 && err instanceof Error && "code" in err && err.code === "EADDRINUSE") return open(address, 0, true);
        throw err;
      });
      const hostKey = `${hostFor(address)}:${opened.port}`.toLowerCase();
      allowedHosts.add(hostKey);
      extra.add(opened.server);
      return {
        port: opened.port,
        close: async () => {
          allowedHosts.delete(hostKey);
          extra.delete(opened.server);
          // Upgraded sockets are no longer the HTTP server's: end the ones that came in this way.
          for (const ws of wss.clients) if (arrivedAt.get(ws) === address) ws.terminate();
          await closeServer(opened.server);
        },
      };
    },
    close: async () => {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await Promise.all([main.server, ...extra].map(closeServer));
    },
  };
}

/** Node reports IPv4 peers on a dual-stack socket as ::ffff:a.b.c.d. */
const unmapped = (address: string | undefined): string => (address ?? "").replace(/^::ffff:/, "");

const errorFrame = (code: "bad_request" | "too_large", message: string): ResultFrame => ({ type: "result", id: null, result: fail(code, message) });
