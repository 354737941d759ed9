import { app, dialog, session, shell, type BrowserWindow } from "electron";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultDataDir } from "../../src/server/paths";
import { describeNotice, startRoom, type RunningRoom } from "../../src/server/start-room";
import { devRendererUrl, isTrustedUrl } from "./app-origin";
import { registerAppScheme, serveRenderer } from "./app-protocol";
import { requestedDataDir } from "./data-dir";
import { claimDataFolder } from "./data-folder";
import { serveRoomOverIpc } from "./ipc";
import { electronLan } from "./lan";
import { installMenu } from "./menu";
import { denyPermissions, hardenWebContents } from "./security";
import { createFacilitatorWindow, focusWindow } from "./windows";
import { electronReportServices } from "./report-services";

// Lifecycle only: one copy per data folder, the room on that folder, the window, a clean quit.
// Everything about events and notes lives in the room (src/server), reached through ipc.ts.

const here = dirname(fileURLToPath(import.meta.url));
const devUrl = devRendererUrl(process.env, app.isPackaged);
const trusted = (url: string) => isTrustedUrl(url, devUrl);

// An explicit data folder (--data or HEARTH_DATA) is also Electron's own profile folder, so
// the single-instance lock is per data folder: two copies never open the same database.
const explicitDataDir = requestedDataDir(process.argv, process.env);
if (explicitDataDir) app.setPath("userData", explicitDataDir);

app.enableSandbox();
registerAppScheme();
hardenWebContents(trusted, join(here, "../preload/index.cjs"));

if (!app.requestSingleInstanceLock()) {
  app.quit(); // the first copy is told (second-instance) and comes to the front
} else {
  let window: BrowserWindow | undefined;
  app.on("second-instance", () => focusWindow(window));

  void app.whenReady().then(() => {
    // The same folder `hearth serve` uses, so both modes see the same events.
    const dataDir = explicitDataDir ?? defaultDataDir();
    const lock = claimDataFolder(dataDir, {
      tell: (message) => dialog.showMessageBoxSync({ type: "info", title: "Hearth", message }),
      openInBrowser: (url) => void shell.openExternal(url),
    });
    if (!lock) {
      app.exit(0); // `hearth serve` has this folder; it was opened in the browser instead
      return;
    }
    let running: RunningRoom;
    try {
      running = startRoom(dataDir, { reports: electronReportServices() });
    } catch (err) {
      // A newer database (or one that cannot be opened at all) is left as it is; the person is told why.
      lock.release();
      dialog.showErrorBox("Hearth could not start", err instanceof Error ? err.message : String(err));
      app.exit(1);
      return;
    }
    // A damaged file was moved aside: say so now; the Data and backups screen offers the backup.
    if (running.notice) dialog.showMessageBoxSync({ type: "warning", title: "Hearth", message: describeNotice(running.notice) });
    denyPermissions(session.defaultSession);
    serveRenderer(join(here, "../renderer"));
    const stopIpc = serveRoomOverIpc(running.room, trusted);
    const lan = electronLan(running.room, join(here, "../renderer"));
    running.room.ports.join.useLan(lan.controller);
    installMenu();
    window = createFacilitatorWindow(join(here, "../preload/index.cjs"), devUrl);
    window.on("closed", () => {
      window = undefined;
    });
    app.on("window-all-closed", () => app.quit());
    app.once("will-quit", () => {
      stopIpc();
      void lan.close(); // ends every device socket at once, before the database closes
      running.close();
      lock.release();
    });
  });
}
