import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import { MAX_FRAME_BYTES, fail, type ChangeFrame, type ResultFrame } from "../../src/api";
import type { ErrorCode } from "../../src/core";
import { FACILITATOR } from "../../src/server/room/actor";
import type { Room } from "../../src/server/room/room";
import { Session } from "../../src/server/room/session";
import { readJsonFrame } from "./json-frame";

export const FRAME_CHANNEL = "hearth:frame";
export const PUSH_CHANNEL = "hearth:push";

/**
 * The IPC adapter: the same room sessions as the WebSocket, for the app's own windows.
 * Each frame's sender must be the top frame of one of our pages; each frame is size-checked
 * and parsed by the wire schema (in Session) before anything reads it. One session per web
 * contents, with the facilitator's role (decided here, never by the page); it is closed when
 * the page navigates away or the web contents is destroyed. Returns a function that stops it.
 */
export function serveRoomOverIpc(room: Room, isTrusted: (url: string) => boolean): () => void {
  const sessions = new Map<WebContents, Session>();
  const watched = new WeakSet<WebContents>();

  const drop = (contents: WebContents) => {
    sessions.get(contents)?.close();
    sessions.delete(contents);
  };

  const sessionFor = (contents: WebContents): Session => {
    const existing = sessions.get(contents);
    if (existing) return existing;
    const push = (frame: ChangeFrame) => {
      if (!contents.isDestroyed()) contents.send(PUSH_CHANNEL, frame);
    };
    const session = new Session(room, FACILITATOR, push);
    sessions.set(contents, session);
    if (!watched.has(contents)) {
      watched.add(contents);
      contents.once("destroyed", () => drop(contents));
      contents.on("did-start-navigation", (details) => {
        if (details.isMainFrame && !details.isSameDocument) drop(contents);
      });
    }
    return session;
  };

  ipcMain.handle(FRAME_CHANNEL, (event: IpcMainInvokeEvent, raw: unknown): ResultFrame | Promise<ResultFrame> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrusted(frame.url)) {
      return errorFrame("forbidden", "Only Hearth's own window may talk to the room.");
    }
    const json = readJsonFrame(raw, MAX_FRAME_BYTES);
    if (!json.ok) return errorFrame(json.code, json.message);
    try {
      return sessionFor(event.sender).handle(json.value);
    } catch (err) {
      console.error("hearth: IPC frame failed", err);
      return errorFrame("internal", "Something went wrong in Hearth; nothing was changed.");
    }
  });

  return () => {
    ipcMain.removeHandler(FRAME_CHANNEL);
    for (const contents of [...sessions.keys()]) drop(contents);
  };
}

const errorFrame = (code: ErrorCode, message: string): ResultFrame => ({ type: "result", id: null, result: fail(code, message) });
