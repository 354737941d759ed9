import { buildPartnership, buildThread } from "../../thread/view";
import type { HandlersOf } from "../handler";

export const threadViewHandlers: HandlersOf<"neighbourhoods.thread" | "partnerships.view"> = {
  "neighbourhoods.thread": (db, { id }) => buildThread(db, id),
  "partnerships.view": (db, { id }) => buildPartnership(db, id),
};
