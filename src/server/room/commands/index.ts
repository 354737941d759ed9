import type { Handlers } from "../handler";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";
import { screenHandlers } from "./screen";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers, ...screenHandlers };
