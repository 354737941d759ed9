import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeElectron, fakeWebContents, type FakeElectron } from "./fake-electron";

// The Electron checklist, item by item, on the real main-process code with a fake `electron`.
let fake: FakeElectron;
vi.mock("electron", () => {
  fake = fakeElectron();
  return fake.module;
});

const { createFacilitatorWindow } = await import("../../electron/main/windows");
const { denyPermissions, hardenWebContents } = await import("../../electron/main/security");
const { APP_ENTRY, isTrustedUrl } = await import("../../electron/main/app-origin");
const electron = await import("electron");

beforeEach(() => {
  fake.windows.length = 0;
  fake.app.removeAllListeners();
});

describe("the facilitator window", () => {
  it("has context isolation, the sandbox, no Node, web security, no webviews and no middle-click windows", () => {
    createFacilitatorWindow("/app/out/preload/index.cjs", undefined);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: "/app/out/preload/index.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: "Auxclick",
    });
    expect(prefs).not.toHaveProperty("nodeIntegrationInWorker", true);
    expect(prefs).not.toHaveProperty("experimentalFeatures", true);
    expect(prefs).not.toHaveProperty("enableBlinkFeatures");
  });

  it("loads the app from the app:// protocol, never file://", () => {
    createFacilitatorWindow("/p.cjs", undefined);
    expect(fake.windows[0]!.loadURL).toHaveBeenCalledWith("app://hearth/index.html");
    expect(APP_ENTRY).toMatch(/^app:\/\/hearth\//);
  });
});

describe("navigation and new windows", () => {
  const trusted = (url: string) => isTrustedUrl(url, undefined);

  function hardenedContents() {
    hardenWebContents(trusted, "/app/out/preload/index.cjs");
    const contents = fakeWebContents();
    fake.app.emit("web-contents-created", {}, contents);
    return contents;
  }

  it("denies every new window that is not our projector view (tested in projector-window.test.ts)", () => {
    const contents = hardenedContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    for (const url of ["https://example.com/", "app://hearth/index.html", "javascript:alert(1)", "file:///etc/passwd", "https://evil.example/#/events/evt_12345678/projector"]) {
      expect(handler({ url })).toEqual({ action: "deny" });
    }
  });

  for (const event of ["will-navigate", "will-frame-navigate", "will-redirect"]) {
    it(`stops ${event} away from the app, and allows it within`, () => {
      const contents = hardenedContents();
      for (const url of ["https://example.com/", "http://127.0.0.1:4180/", "file:///etc/passwd", "app://evil/index.html", "javascript:alert(1)", "not a url"]) {
        const e = { url, preventDefault: vi.fn() };
        contents.emit(event, e);
        expect(e.preventDefault, url).toHaveBeenCalled();
      }
      const ok = { url: "app://hearth/index.html#/data", preventDefault: vi.fn() };
      contents.emit(event, ok);
      expect(ok.preventDefault).not.toHaveBeenCalled();
    });
  }

  it("refuses <webview>", () => {
    const contents = hardenedContents();
    const e = { preventDefault: vi.fn() };
    contents.emit("will-attach-webview", e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe("permissions", () => {
  it("refuses every permission request and check, and every device", () => {
    const session = electron.session.defaultSession;
    denyPermissions(session);
    const request = vi.mocked(session.setPermissionRequestHandler).mock.calls[0]![0] as unknown as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ["media", "geolocation", "notifications", "clipboard-read", "openExternal", "fullscreen"]) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb, permission).toHaveBeenCalledWith(false);
    }
    const check = vi.mocked(session.setPermissionCheckHandler).mock.calls[0]![0] as unknown as (...a: unknown[]) => boolean;
    expect(check({}, "media", "app://hearth", {})).toBe(false);
    const device = vi.mocked(session.setDevicePermissionHandler).mock.calls[0]![0] as unknown as (...a: unknown[]) => boolean;
    expect(device({ deviceType: "usb" })).toBe(false);
  });
});
