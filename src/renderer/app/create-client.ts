import { HearthClient, type HearthBridge } from "../../api";
import { ipcTransport } from "../../api/transports/ipc";
import { websocketTransport } from "../../api/transports/websocket";

declare global {
  interface Window {
    /** Present only in Electron windows: the preload's one narrow bridge. */
    readonly hearth?: HearthBridge;
  }
}

/** In Electron the room is reached over IPC; in a browser, over a WebSocket to the page's own host. */
export function createHearthClient(): HearthClient {
  if (window.hearth) return new HearthClient(ipcTransport(window.hearth));
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return new HearthClient(websocketTransport(`${scheme}//${location.host}/ws`));
}
