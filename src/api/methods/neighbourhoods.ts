import { z } from "zod";
import { EventId, Neighbourhood, NeighbourhoodCreateInput, NeighbourhoodUpdateInput, Partnership, PartnershipCreateInput, PartnershipUpdateInput, PlaceMergeInput } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

export const PlaceDirectory = z.object({ neighbourhoods: z.array(Neighbourhood), partnerships: z.array(Partnership) });
export type PlaceDirectory = z.infer<typeof PlaceDirectory>;

/** The places themselves: neighbourhoods and the partnerships they meet in. Facilitator only. */
export const neighbourhoodMethods = {
  "neighbourhoods.directory": query(z.strictObject({}), PlaceDirectory, FACILITATOR_ONLY),
  "neighbourhoods.create": command(NeighbourhoodCreateInput, Neighbourhood, FACILITATOR_ONLY),
  "neighbourhoods.update": command(NeighbourhoodUpdateInput, Neighbourhood, FACILITATOR_ONLY),
  "neighbourhoods.merge": command(PlaceMergeInput, Neighbourhood, FACILITATOR_ONLY),
  /** The neighbourhood an event belongs to (by its name), or null. */
  "neighbourhoods.ofEvent": query(z.strictObject({ eventId: EventId }), z.object({ neighbourhood: Neighbourhood.nullable(), partnership: Partnership.nullable() }), FACILITATOR_ONLY),
  "partnerships.create": command(PartnershipCreateInput, Partnership, FACILITATOR_ONLY),
  "partnerships.update": command(PartnershipUpdateInput, Partnership, FACILITATOR_ONLY),
  "partnerships.merge": command(PlaceMergeInput, Partnership, FACILITATOR_ONLY),
} as const;
