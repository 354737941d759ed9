import type { Handlers } from "../handler";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";
import { roundHandlers } from "./rounds";
import { voteHandlers } from "./votes";

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = { ...eventHandlers, ...noteHandlers, ...roundHandlers, ...voteHandlers };
