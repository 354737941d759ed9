import type { Handlers } from "../handler";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers };
