import type { Handlers } from "../handler";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";
import { actionHandlers } from "./actions";
import { archiveHandlers } from "./archives";
import { reportExportHandlers } from "./report-exports";
import { reportHandlers } from "./reports";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers, ...actionHandlers, ...reportHandlers, ...reportExportHandlers, ...archiveHandlers };
