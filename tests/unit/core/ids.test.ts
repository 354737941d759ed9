import { describe, expect, it } from "vitest";
import { DeviceId, EventId, HearthEvent, NoteAddInput, NoteId, RoundId, ThemeCreateInput, ThemeId, type Change, type Note } from "../../../src/core";

// Type-level checks (npx tsc -b): each @ts-expect-error line must be an error, or the build fails.
const wantsNote = (id: NoteId) => id;
const wantsRound = (id: RoundId) => id;
const wantsDevice = (id: DeviceId) => id;
const wantsEvent = (id: EventId) => id;
const wantsTheme = (id: ThemeId) => id;

describe("branded ids", () => {
  it("keep a note's id apart from an event's, a round's and a device's", () => {
    const event = { id: "evt_12345678" } as Pick<HearthEvent, "id">;
    const note = { id: NoteId.parse("note_1234567"), eventId: event.id } as Pick<Note, "id" | "eventId">;
    const round = RoundId.parse("round_123456");
    const device = DeviceId.parse("dev_12345678");
    // @ts-expect-error an event's id is not a note's
    wantsNote(event.id);
    // @ts-expect-error a note's event id is not a note's id
    wantsNote(note.eventId);
    // @ts-expect-error a round's id is not a note's
    wantsNote(round);
    // @ts-expect-error a note's id is not a round's
    wantsRound(note.id);
    // @ts-expect-error a round's id is not a device's
    wantsDevice(round);
    // @ts-expect-error a plain string is not a note's id until parsed
    wantsNote("note_1234567");
    expect([wantsNote(note.id), wantsRound(round), wantsDevice(device)]).toEqual(["note_1234567", "round_123456", "dev_12345678"]);
  });

  it("are branded by parsing what arrives, and parsing still refuses a bad id", () => {
    const input = NoteAddInput.parse({ id: "note_1234567", eventId: "evt_12345678", text: "More benches" });
    expect(wantsNote(input.id)).toBe("note_1234567");
    expect(NoteId.safeParse("n1").success).toBe(false);
    expect(EventId.safeParse("evt 1").success).toBe(false);
    expect(RoundId.safeParse("round one!").success).toBe(false);
  });

  it("keep an event's id apart from a theme's, a note's and a neighbourhood's", () => {
    const event = HearthEvent.pick({ id: true }).parse({ id: "evt_12345678" });
    const theme = ThemeCreateInput.parse({ id: "theme_123456", eventId: event.id, title: "Transport" });
    const note = { id: NoteId.parse("note_1234567"), eventId: event.id, themeId: theme.id } as Pick<Note, "id" | "eventId" | "themeId">;
    const neighbourhoodId: string = "hood_1234567";
    // @ts-expect-error a theme's id is not an event's
    wantsEvent(theme.id);
    // @ts-expect-error a note's id is not an event's
    wantsEvent(note.id);
    // @ts-expect-error a neighbourhood's id (a plain string) is not an event's: the change feed keeps them apart
    wantsEvent(neighbourhoodId);
    // @ts-expect-error an event's id is not a theme's
    wantsTheme(event.id);
    // @ts-expect-error a note's id is not a theme's
    wantsTheme(note.id);
    // @ts-expect-error a plain string is not a theme's id until parsed
    wantsTheme("theme_123456");
    // @ts-expect-error a change a screen receives names an event, never a neighbourhood
    const change: Pick<Change, "eventId"> = { eventId: neighbourhoodId };
    expect([wantsEvent(note.eventId), wantsTheme(theme.id), wantsEvent(theme.eventId), change.eventId]).toEqual(["evt_12345678", "theme_123456", "evt_12345678", "hood_1234567"]);
    expect(wantsTheme(ThemeId.parse("theme_123456"))).toBe("theme_123456");
  });
});
