import { z } from "zod";
import { Id, Seq } from "../ids";
import { TITLE_MAX, userText } from "../text";

/**
 * A neighbourhood and a partnership are records with ids, not only names: a rename keeps
 * every event, priority and win, and two spellings of one estate are merged by pointing one
 * record at the other (`mergedInto`), so the old spelling still finds its way home.
 */
export const Neighbourhood = z.object({
  id: Id,
  name: z.string(),
  partnershipId: Id.nullable(),
  mergedInto: Id.nullable(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Neighbourhood = z.infer<typeof Neighbourhood>;

export const Partnership = z.object({
  id: Id,
  name: z.string(),
  mergedInto: Id.nullable(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Partnership = z.infer<typeof Partnership>;

const PlaceName = (what: string) => userText(what, TITLE_MAX);

export const NeighbourhoodCreateInput = z.strictObject({
  id: Id,
  name: PlaceName("The neighbourhood's name"),
  partnershipId: Id.nullable().default(null),
});
export type NeighbourhoodCreateInput = z.input<typeof NeighbourhoodCreateInput>;

/** Rename, or join a partnership (null: none); fields left out stay as they are. */
export const NeighbourhoodUpdateInput = z.strictObject({
  id: Id,
  name: PlaceName("The neighbourhood's name").optional(),
  partnershipId: Id.nullable().optional(),
});
export type NeighbourhoodUpdateInput = z.input<typeof NeighbourhoodUpdateInput>;

export const PartnershipCreateInput = z.strictObject({ id: Id, name: PlaceName("The partnership's name") });
export const PartnershipUpdateInput = z.strictObject({ id: Id, name: PlaceName("The partnership's name") });

/** Two spellings of one place: `id` is merged into `intoId`, and everything of it follows. */
export const PlaceMergeInput = z.strictObject({ id: Id, intoId: Id });
export type PlaceMergeInput = z.input<typeof PlaceMergeInput>;
