/**
 * The command name of a change that tells every screen following an event to load it afresh
 * (a new snapshot), rather than fold the change in: sent when the data under the room was
 * replaced (a backup restored) or the event was deleted. Its sequence number is above every
 * number handed out before, so no screen ignores it.
 */
export const RELOAD_EVENT = "room.reload";
