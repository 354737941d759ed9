import { DEFAULT_PORT } from "../../src/server/cli-args";
import { lanController, type LanController } from "../../src/server/join/lan-controller";
import { startLanServer, type LanServer } from "../../src/server/lan/server";
import type { Room } from "../../src/server/room/room";

/**
 * "Let devices join" in the desktop app: the facilitator's window talks to the room over IPC,
 * so the only HTTP + WebSocket server is this one, opened on the chosen network address
 * while devices may join (port 4180 when free), serving the same renderer files as
 * `hearth serve`. All the logic is in src/server; this only decides how to listen.
 */
export function electronLan(room: Room, rendererDir: string): { controller: LanController; close(): Promise<void> } {
  let server: LanServer | undefined;
  const open = (host: string, port: number) => startLanServer({ room, rendererDir, host, port, devicesOnly: true });
  const controller = lanController(async (address) => {
    const s = await open(address, DEFAULT_PORT).catch((err: unknown) => {
      if (err instanceof Error && "code" in err && err.code === "EADDRINUSE") return open(address, 0);
      throw err;
    });
    server = s;
    return {
      port: s.port,
      close: async () => {
        server = undefined;
        await s.close();
      },
    };
  });
  return { controller, close: async () => server?.close() };
}
