import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import type { ClientFrame, HearthBridge } from "../../src/api/wire";

/**
 * The one narrow bridge between the sandboxed renderer and the room: `window.hearth`, with
 * exactly `send` and `onPush`. Raw `ipcRenderer` is never exposed; the main process parses
 * every frame that arrives here, so this file only forwards.
 */
const bridge: HearthBridge = {
  send: (frame: ClientFrame) => ipcRenderer.invoke("hearth:frame", frame),
  onPush(listener) {
    if (typeof listener !== "function") throw new TypeError("onPush needs a function");
    const forward = (_event: IpcRendererEvent, frame: unknown) => listener(frame);
    ipcRenderer.on("hearth:push", forward);
    return () => {
      ipcRenderer.removeListener("hearth:push", forward);
    };
  },
};

contextBridge.exposeInMainWorld("hearth", bridge);
