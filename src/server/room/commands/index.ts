import type { Handlers } from "../handler";
import { dataHandlers } from "./data";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";
import { privacyHandlers } from "./privacy";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers, ...dataHandlers, ...privacyHandlers };
