import { z } from "zod";
import { ActionProgress, Experiment, Measure, MeasureReading, Win } from "./evidence";
import { Neighbourhood, Partnership } from "./places";
import { ActionLink, Priority, PriorityStatusEntry, ThemeLink } from "./priority";

/**
 * The neighbourhood thread's records as they travel in the change feed. Their changes are
 * recorded in the neighbourhood's own feed (a change of scope "place", core/change.ts), not an event's.
 */
export const ThreadUpsert = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("neighbourhood"), value: Neighbourhood }),
  z.object({ kind: z.literal("partnership"), value: Partnership }),
  z.object({ kind: z.literal("priority"), value: Priority }),
  z.object({ kind: z.literal("priorityStatus"), value: PriorityStatusEntry }),
  z.object({ kind: z.literal("themeLink"), value: ThemeLink }),
  z.object({ kind: z.literal("actionLink"), value: ActionLink }),
  z.object({ kind: z.literal("progress"), value: ActionProgress }),
  z.object({ kind: z.literal("win"), value: Win }),
  z.object({ kind: z.literal("measure"), value: Measure }),
  z.object({ kind: z.literal("reading"), value: MeasureReading }),
  z.object({ kind: z.literal("experiment"), value: Experiment }),
]);
export type ThreadUpsert = z.infer<typeof ThreadUpsert>;
export type ThreadKind = ThreadUpsert["kind"];
