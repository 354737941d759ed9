import { EventEmitter } from "node:events";
import { vi, type Mock } from "vitest";

export interface FakeWindow extends EventEmitter {
  readonly options: Record<string, unknown>;
  readonly loadURL: Mock;
}

export interface FakeWebContents extends EventEmitter {
  readonly setWindowOpenHandler: Mock;
  readonly send: Mock;
  isDestroyed(): boolean;
}

export interface FakeApp extends EventEmitter {
  isPackaged: boolean;
  readonly setPath: Mock;
  readonly enableSandbox: Mock;
  readonly requestSingleInstanceLock: Mock;
  readonly whenReady: Mock;
  readonly exit: Mock;
  readonly quit: Mock;
}

export interface FakeElectron {
  readonly app: FakeApp;
  readonly windows: FakeWindow[];
  readonly ipcHandlers: Map<string, (...args: unknown[]) => unknown>;
  /** What `import ... from "electron"` gives the code under test. */
  readonly module: {
    readonly app: FakeApp;
    readonly BrowserWindow: new (options: Record<string, unknown>) => FakeWindow;
    readonly dialog: { showErrorBox: Mock; showMessageBoxSync: Mock };
    readonly shell: { openExternal: Mock };
    readonly session: { defaultSession: { setPermissionRequestHandler: Mock; setPermissionCheckHandler: Mock; setDevicePermissionHandler: Mock } };
    readonly protocol: { registerSchemesAsPrivileged: Mock; handle: Mock };
    readonly ipcMain: { handle: Mock; removeHandler: Mock };
    readonly Menu: { buildFromTemplate: Mock; setApplicationMenu: Mock };
    readonly contextBridge: { exposeInMainWorld: Mock };
    readonly ipcRenderer: EventEmitter & { invoke: Mock };
  };
}

/**
 * A stand-in for the `electron` module, enough for the main process and preload to run in
 * Node: it records what Hearth asks of Electron (window options, handlers, privileges) so
 * tests can check the security checklist without the Electron runtime.
 */
export function fakeElectron(): FakeElectron {
  const app: FakeApp = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    exit: vi.fn(),
    quit: vi.fn(),
  });
  const windows: FakeWindow[] = [];
  class BrowserWindow extends EventEmitter implements FakeWindow {
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
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
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
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

/** A web contents as `app.on("web-contents-created")` hands it over. */
export function fakeWebContents(): FakeWebContents {
  return Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn(), isDestroyed: () => false, send: vi.fn() });
}
