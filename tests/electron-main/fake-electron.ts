import { EventEmitter } from "node:events";
import { vi } from "vitest";

/**
 * A stand-in for the `electron` module, enough for the main process and preload to run in
 * Node: it records what Hearth asks of Electron (window options, handlers, privileges) so
 * tests can check the security checklist without the Electron runtime.
 */
export function fakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    exit: vi.fn(),
    quit: vi.fn(),
  });
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow extends EventEmitter {
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    app,
    windows,
    ipcHandlers,
    module: {
      app,
      BrowserWindow,
      dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn(() => 0) },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      session: { defaultSession: session },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: {
        handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, fn)),
        removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
      },
      Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn(() => Promise.resolve("answer")) }),
    },
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;

/** A web contents as `app.on("web-contents-created")` hands it over. */
export function fakeWebContents() {
  return Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn(), isDestroyed: () => false, send: vi.fn() });
}
