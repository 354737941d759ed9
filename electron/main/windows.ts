import { BrowserWindow, dialog } from "electron";
import { APP_ENTRY } from "./app-origin";

/**
 * The facilitator's window: sandboxed, isolated, no Node, web security on, and the one
 * preload that exposes `window.hearth`. It shows once the first paint is ready.
 */
export function createFacilitatorWindow(preload: string, devUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: "Hearth",
    backgroundColor: "#ffffff",
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click opens links in new windows; they are denied anyway, this stops the attempt.
      disableBlinkFeatures: "Auxclick",
      spellcheck: true,
    },
  });
  win.once("ready-to-show", () => win.show());
  win.loadURL(devUrl ?? APP_ENTRY).catch((err: unknown) => {
    if (win.isDestroyed()) return;
    win.show();
    dialog.showErrorBox("Hearth could not open its window", err instanceof Error ? err.message : String(err));
  });
  return win;
}

/** Brings a window to the front (a second copy of Hearth was started and handed over to this one). */
export function focusWindow(win: BrowserWindow | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
