import { z } from "zod";
import { Id, Neighbourhood } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** A neighbourhood's thread carried to another copy of Hearth. Facilitator only. */
export const neighbourhoodArchiveMethods = {
  /** The neighbourhood's whole thread as an archive file's JSON (`hearth-neighbourhood-archive`), for another copy of Hearth. */
  "neighbourhoods.archive": query(z.strictObject({ id: Id }), z.object({ fileName: z.string(), json: z.string() }), FACILITATOR_ONLY),
  /** Imports an uploaded neighbourhood archive, keeping every id; refused when it is already here. */
  "neighbourhoods.importArchive": command(z.strictObject({ uploadId: Id }), Neighbourhood, FACILITATOR_ONLY),
} as const;
