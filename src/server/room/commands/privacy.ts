import { cleanText, type HearthEvent } from "../../../core";
import { events, getEvent } from "../../db/repos/events";
import { raiseSeqFloor } from "../../db/repos/changes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../room-error";
import { purgeEventRows, takeEventExports } from "../../data/purge";

export const privacyHandlers: HandlersOf<"events.delete" | "events.setRetention"> = {
  "events.delete": ({ db, seq, ports }, { eventId, confirmTitle }) => {
    const event = getEvent(db, eventId);
    if (!event) throw new RoomError("not_found", "That event does not exist (it may have been deleted already).");
    if (cleanText(confirmTitle) !== event.title) {
      throw new RoomError("invalid_input", "To delete the event, type its title exactly as it is shown. Nothing was deleted.");
    }
    // The number this deletion uses (for the reload pushed to open screens) is never handed out again.
    raiseSeqFloor(db, seq);
    purgeEventRows(db, eventId);
    const exported = takeEventExports(db, eventId);
    db.prepare(`DELETE FROM event WHERE id = ?`).run(eventId);
    const after = () => void ports.reports?.destination.discard?.(exported);
    return { value: { eventId, deleted: true as const }, eventId, upserts: [], reload: true, purge: true, after };
  },

  "events.setRetention": ({ db, seq }, { eventId, months }) => {
    const event = getEvent(db, eventId);
    if (!event) throw new RoomError("not_found", "That event does not exist.");
    if (event.retentionMonths === months) return { value: event, eventId, upserts: [] };
    const next: HearthEvent = { ...event, retentionMonths: months, updatedSeq: seq };
    events.update(db, next);
    return { value: next, eventId, upserts: [{ kind: "event", value: next }] };
  },
};
