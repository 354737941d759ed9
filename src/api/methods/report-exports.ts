import { z } from "zod";
import { ExportJob, ExportStartInput, Id } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** A report written out as a file (PDF and the rest), followed while it is made, then opened. Facilitator only. */
export const reportExportMethods = {
  "reports.export": command(ExportStartInput, ExportJob, FACILITATOR_ONLY),
  "reports.exportStatus": query(z.strictObject({ exportId: Id }), ExportJob, FACILITATOR_ONLY),
  "reports.openExport": command(z.strictObject({ exportId: Id, how: z.enum(["open", "folder"]) }), z.object({ done: z.boolean() }), FACILITATOR_ONLY),
} as const;
