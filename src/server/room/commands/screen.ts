import { defaultScreen, type Screen } from "../../../core";
import { requireEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { screens } from "../../db/repos/screens";
import { themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";

export const screenHandlers: HandlersOf<"screen.set"> = {
  "screen.set": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    const spot = input.spotlight;
    if (spot) {
      const target = spot.kind === "note" ? notes.get(db, spot.id) : themes.get(db, spot.id);
      if (!target || target.eventId !== input.eventId || target.deleted)
        throw new RoomError("not_found", `That ${spot.kind} is not on this event's board.`);
      if (spot.kind === "note" && notes.get(db, spot.id)?.hidden)
        throw new RoomError("conflict", "That note is private until the notes are revealed.");
    }
    const existing = screens.get(db, input.eventId);
    const next: Screen = {
      ...(existing ?? defaultScreen(input.eventId, seq)),
      ...(input.view !== undefined && { view: input.view }),
      ...(input.spotlight !== undefined && { spotlight: input.spotlight }),
      ...(input.contrast !== undefined && { contrast: input.contrast }),
      ...(input.showJoin !== undefined && { showJoin: input.showJoin }),
      updatedSeq: seq,
    };
    if (existing) screens.update(db, next);
    else screens.insert(db, next);
    return { value: next, eventId: input.eventId, upserts: [{ kind: "screen", value: next }] };
  },
};
