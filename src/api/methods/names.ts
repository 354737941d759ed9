import { z } from "zod";
import { NameList } from "../../core";
import { FACILITATOR_ONLY, query } from "./define";

/** The named lists events belong to, offered when an event's details are typed. */
export const nameMethods = {
  "neighbourhoods.list": query(z.strictObject({}), NameList, FACILITATOR_ONLY),
  "partnerships.list": query(z.strictObject({}), NameList, FACILITATOR_ONLY),
} as const;
