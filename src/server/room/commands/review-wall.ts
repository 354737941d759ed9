import type { ReviewWall } from "../../../api";
import { evidenceOf } from "../../db/repos/evidence";
import { priorities } from "../../db/repos/priorities";
import { buildThread, neighbourhoodsShownAt } from "../../thread/view";
import type { HandlersOf } from "../handler";
import { requireEvent } from "../../db/repos/events";

export const reviewWallHandlers: HandlersOf<"priorities.wall" | "experiments.due"> = {
  /** Experiments to look back on at this event: due by its date, made before it (not at it). */
  "experiments.due": (db, { eventId }) => {
    const event = requireEvent(db, eventId);
    return {
      experiments: neighbourhoodsShownAt(db, event).flatMap((n) =>
        evidenceOf
          .experiments(db, n.id)
          .filter((x) => x.reviewOn <= event.date && x.eventId !== event.id)
          .map(({ id, title, expect, watch, reviewOn, observed }) => ({ id, title, expect, watch, reviewOn, observed, neighbourhood: n.name })),
      ),
    };
  },

  /** The priorities of the event's neighbourhood (or every neighbourhood of its partnership) with their status and commitments. */
  "priorities.wall": (db, { eventId }): ReviewWall => {
    const event = requireEvent(db, eventId);
    const shown = neighbourhoodsShownAt(db, event).filter((n) => priorities.ofNeighbourhood(db, n.id).length > 0);
    return {
      priorities: shown.flatMap((n) =>
        buildThread(db, n.id).priorities.map((v) => ({
          id: v.priority.id,
          title: v.priority.title,
          neighbourhood: n.name,
          status: v.status,
          lead: v.priority.lead,
          actions: v.actions.map(({ action: a }) => ({ id: a.id, text: a.text, owner: a.owner, status: a.status, update: a.update })),
        })),
      ),
    };
  },
};
