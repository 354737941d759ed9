import type { WebPreferences } from "electron";

/** Every Hearth window: sandboxed, isolated, no Node, web security on, and the one preload bridge. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
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
  };
}
