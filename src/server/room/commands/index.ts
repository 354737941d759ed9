import type { Handlers } from "../handler";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";
import { deviceHandlers } from "./devices";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers, ...deviceHandlers };
