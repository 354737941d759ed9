import type { DeviceId, EventId, NoteId, RoundId, ThemeId } from "../../../src/core";

/** Ids of a kind for tests: the brand without parsing, so a test may call a note "n1". */
export const noteId = (id: string) => id as NoteId;
export const roundId = (id: string) => id as RoundId;
export const deviceId = (id: string) => id as DeviceId;
export const eventId = (id: string) => id as EventId;
export const themeId = (id: string) => id as ThemeId;
