import { z } from "zod";
import { EventUpdateInput, HearthEvent, NameList } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** Editing an event's details, and the named lists events belong to. */
export const eventDetailMethods = {
  "events.update": command(EventUpdateInput, HearthEvent, FACILITATOR_ONLY),
  "neighbourhoods.list": query(z.strictObject({}), NameList, FACILITATOR_ONLY),
  "partnerships.list": query(z.strictObject({}), NameList, FACILITATOR_ONLY),
} as const;
