import { z } from "zod";
import { Action, ActionAddInput, ActionCarryInput, ActionRegisterFilter, ActionUpdateInput, HearthEvent, Id } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** One row of the actions register: the commitment, its event, and the theme or note it answers. */
export const ActionRegisterEntry = z.object({
  action: Action,
  event: HearthEvent.pick({ id: true, title: true, date: true, neighbourhood: true, partnership: true }),
  answers: z.string().nullable(),
});
export type ActionRegisterEntry = z.infer<typeof ActionRegisterEntry>;

export const ActionRegister = z.object({
  entries: z.array(ActionRegisterEntry),
  /** Every neighbourhood and partnership with an event, for the filters. */
  neighbourhoods: z.array(z.string()),
  partnerships: z.array(z.string()),
});
export type ActionRegister = z.infer<typeof ActionRegister>;

export const actionMethods = {
  "actions.add": command(ActionAddInput, Action, FACILITATOR_ONLY),
  "actions.update": command(ActionUpdateInput, Action, FACILITATOR_ONLY),
  "actions.delete": command(z.strictObject({ id: Id }), Action, FACILITATOR_ONLY),
  "actions.restore": command(z.strictObject({ id: Id }), Action, FACILITATOR_ONLY),
  "actions.carry": command(ActionCarryInput, Action, FACILITATOR_ONLY),
  "actions.register": query(ActionRegisterFilter, ActionRegister, FACILITATOR_ONLY),
} as const;
