import { useCallback } from "react";
import { planImport, type CheckedRow, type ImportContext } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { useBoardActions } from "./BoardContext";

/**
 * Sends checked rows as one import: staged parts first (a frame holds 16 KiB), then the one
 * command that applies them all, which is one undo step. Returns an error message, or null.
 */
export function useImportNotes(ctx: ImportContext) {
  const client = useClient();
  const actions = useBoardActions();
  return useCallback(
    async (rows: readonly CheckedRow[], source: "typed" | "paper", label: string): Promise<string | null> => {
      const importId = newId();
      const plan = planImport(rows, ctx, { eventId: actions.eventId, importId, source, newId });
      for (const [part, notes] of plan.parts.entries()) {
        const r = await client.call("notes.importPart", { eventId: actions.eventId, importId, part, notes });
        if (!r.ok) return `Nothing was imported: ${r.error.message}`;
      }
      const outcome = await actions.run(label, "notes.import", plan.final);
      return outcome.ok ? null : `Nothing was imported: ${outcome.message}`;
    },
    [client, actions, ctx],
  );
}
