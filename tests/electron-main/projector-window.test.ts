import { EventEmitter } from "node:events";
import { beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The Electron runtime cannot run here, so the projector window's logic is checked against a
 * stand-in `electron` module: which display it picks, and how it follows displays.
 */
interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}
const displays = vi.hoisted(() => ({ all: [] as FakeDisplay[], emitter: null as EventEmitter | null }));

vi.mock("electron", () => {
  const emitter = new EventEmitter();
  displays.emitter = emitter;
  return {
    screen: {
      getPrimaryDisplay: () => displays.all[0],
      getAllDisplays: () => displays.all,
      on: (name: string, fn: () => void) => emitter.on(name, fn),
      removeListener: (name: string, fn: () => void) => emitter.removeListener(name, fn),
    },
  };
});

const { followDisplays, isProjectorUrl, projectorWindowOptions } = await import("../../electron/main/projector-window");

const laptop: FakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const wall: FakeDisplay = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const trusted = (url: string) => url.startsWith("app://hearth/");

class FakeWindow extends EventEmitter {
  fullScreen = false;
  bounds = { x: 0, y: 0, width: 800, height: 600 };
  destroyed = false;
  isDestroyed = () => this.destroyed;
  isFullScreen = () => this.fullScreen;
  setFullScreen = (on: boolean) => void (this.fullScreen = on);
  setBounds = (b: FakeDisplay["bounds"]) => void (this.bounds = b);
}

describe("the projector window", () => {
  beforeEach(() => {
    displays.all = [laptop];
    displays.emitter?.removeAllListeners();
  });

  it("opens only for our own projector page", () => {
    expect(isProjectorUrl("app://hearth/index.html#/events/evt_12345678/projector", trusted)).toBe(true);
    expect(isProjectorUrl("app://hearth/index.html#/events/evt_12345678", trusted)).toBe(false);
    expect(isProjectorUrl("https://evil.example/#/events/evt_12345678/projector", trusted)).toBe(false);
    expect(isProjectorUrl("not a url", trusted)).toBe(false);
  });

  it("goes full screen on the second display when there is one, with the same locked-down preferences", () => {
    displays.all = [laptop, wall];
    const options = projectorWindowOptions("/app/preload.cjs");
    expect(options).toMatchObject({ ...wall.bounds, fullscreen: true });
    expect(options.webPreferences).toMatchObject({ preload: "/app/preload.cjs", sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    displays.all = [laptop];
    expect(projectorWindowOptions("/app/preload.cjs")).toMatchObject({ ...laptop.bounds, fullscreen: false });
  });

  it("moves to the wall when it is plugged in, and back to the laptop when it is unplugged", () => {
    const win = new FakeWindow();
    const stop = followDisplays(win as never);
    displays.all = [laptop, wall];
    displays.emitter!.emit("display-added");
    expect(win.bounds).toEqual(wall.bounds);
    expect(win.fullScreen).toBe(true);
    displays.all = [laptop];
    displays.emitter!.emit("display-removed");
    expect(win.bounds).toEqual(laptop.bounds);
    expect(win.fullScreen).toBe(false);
    win.emit("closed");
    expect(displays.emitter!.listenerCount("display-added")).toBe(0);
    stop();
  });
});
