import { app, type Session } from "electron";
import { followDisplays, isProjectorUrl, projectorWindowOptions } from "./projector-window";

/**
 * Hardens every web contents the app ever creates: no new windows but our own projector view,
 * no navigation away from our own pages, no <webview>. `isTrusted` decides which URLs are ours.
 */
export function hardenWebContents(isTrusted: (url: string) => boolean, preload: string): void {
  app.on("web-contents-created", (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) =>
      isProjectorUrl(url, isTrusted) ? { action: "allow", overrideBrowserWindowOptions: projectorWindowOptions(preload) } : { action: "deny" },
    );
    contents.on("did-create-window", (win) => followDisplays(win));
    const guard = (event: { url: string; preventDefault(): void }) => {
      if (!isTrusted(event.url)) event.preventDefault();
    };
    contents.on("will-navigate", guard);
    contents.on("will-frame-navigate", guard);
    contents.on("will-redirect", guard);
    contents.on("will-attach-webview", (event) => event.preventDefault());
  });
}

/** Hearth's pages need no camera, microphone, location, notifications or devices: every request is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
