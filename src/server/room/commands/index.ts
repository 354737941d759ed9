import type { Handlers } from "../handler";
import { boardRestoreHandlers } from "./board-restore";
import { eventHandlers } from "./events";
import { noteBoardHandlers } from "./note-board";
import { noteImportHandlers } from "./note-import";
import { noteHandlers } from "./notes";
import { themeHandlers } from "./themes";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers, ...noteBoardHandlers, ...noteImportHandlers, ...themeHandlers, ...boardRestoreHandlers };
