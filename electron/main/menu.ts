import { app, Menu, type MenuItemConstructorOptions } from "electron";

/** A small application menu: editing shortcuts, zoom and full screen; developer tools only when unpackaged. */
export function installMenu(): void {
  const mac = process.platform === "darwin";
  const view: MenuItemConstructorOptions[] = [
    { role: "resetZoom" },
    { role: "zoomIn" },
    { role: "zoomOut" },
    { type: "separator" },
    { role: "togglefullscreen" },
  ];
  if (!app.isPackaged) view.push({ type: "separator" }, { role: "reload" }, { role: "toggleDevTools" });
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: "appMenu" } satisfies MenuItemConstructorOptions] : []),
    { role: "fileMenu" },
    { role: "editMenu" },
    { label: "View", submenu: view },
    { role: "windowMenu" },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
