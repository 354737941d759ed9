import { screen, type BrowserWindow, type BrowserWindowConstructorOptions, type Display } from "electron";
import { secureWebPreferences } from "./web-preferences";

const PROJECTOR_HASH = /^#\/events\/[A-Za-z0-9_-]{8,64}\/projector$/;

/** Whether a window.open() asks for the projector view of one of our own pages. */
export function isProjectorUrl(url: string, isTrusted: (url: string) => boolean): boolean {
  try {
    return isTrusted(url) && PROJECTOR_HASH.test(new URL(url).hash);
  } catch {
    return false;
  }
}

/** The wall: the first display that is not the laptop's own, or the laptop's when there is none. */
function wallDisplay(): { display: Display; external: boolean } {
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
  return other ? { display: other, external: true } : { display: primary, external: false };
}

/** A projector window: as locked down as the facilitator's, full screen on the second display when there is one. */
export function projectorWindowOptions(preload: string): BrowserWindowConstructorOptions {
  const { display, external } = wallDisplay();
  return {
    ...display.bounds,
    fullscreen: external,
    autoHideMenuBar: true,
    backgroundColor: "#000000",
    title: "Hearth projector",
    webPreferences: secureWebPreferences(preload),
  };
}

/** Keeps the projector on the wall as displays are plugged in or out; returns a function that stops following. */
export function followDisplays(win: BrowserWindow): () => void {
  const place = () => {
    if (win.isDestroyed()) return;
    const { display, external } = wallDisplay();
    if (win.isFullScreen()) win.setFullScreen(false);
    win.setBounds(display.bounds);
    if (external) win.setFullScreen(true);
  };
  screen.on("display-added", place);
  screen.on("display-removed", place);
  const stop = () => {
    screen.removeListener("display-added", place);
    screen.removeListener("display-removed", place);
  };
  win.once("closed", stop);
  return stop;
}
