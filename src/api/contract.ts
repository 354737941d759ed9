import type { z } from "zod";
import { eventMethods } from "./methods/events";
import { noteMethods } from "./methods/notes";
import { boardMethods } from "./methods/board";

export type { Role } from "./methods/define";
export { EventSnapshot } from "./methods/events";

/**
 * The one contract: every method the room serves, with its input and output schemas, one
 * file per domain under methods/. It is served over IPC (Electron windows) and WebSocket
 * (browsers); the same client code calls it. Names start with their domain.
 */
export const contract = {
  ...eventMethods,
  ...noteMethods,
  ...boardMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]["input"]>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]["input"]>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]["output"]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
