import type { Actor } from "./actor";

/**
 * A device joined one event and may reach nothing else. Inputs that name an event must name
 * the device's; commands are checked again on the event their change lands in (room.ts), so
 * a command that finds its event through a note or theme id is covered too.
 */
export function outsideScope(actor: Actor, eventId: unknown): boolean {
  return actor.eventId !== undefined && eventId !== undefined && eventId !== actor.eventId;
}

/** The `eventId` field of a parsed input, if it has one. */
export function eventIdOf(input: unknown): unknown {
  return typeof input === "object" && input !== null && Object.hasOwn(input, "eventId") ? (input as { eventId: unknown }).eventId : undefined;
}

export const OUTSIDE_SCOPE_MESSAGE = "This device joined a different event.";
