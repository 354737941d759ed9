import { z } from "zod";
import { FACILITATOR_ONLY, query } from "./define";

/** A document from the hub that failed its check: kept aside on this laptop, never applied. */
export const HubQuarantined = z.object({ id: z.string(), rev: z.string(), reason: z.string(), at: z.string() });
export type HubQuarantined = z.infer<typeof HubQuarantined>;

/** How replication with the partnership hub stands, in plain words. */
export const HubStatus = z.object({
  /** False when this copy of Hearth is not connected to a hub. */
  on: z.boolean(),
  /** The hub's address without the account (https://hub.example.org/hearth-north-elm). */
  url: z.string().nullable(),
  user: z.string().nullable(),
  /** When the last exchange with the hub finished with nothing left to send or fetch (ISO 8601). */
  lastSyncedAt: z.string().nullable(),
  /** Thread records written on this laptop since then, not yet confirmed sent. */
  waitingToSend: z.number().int().nonnegative(),
  /** The last thing that went wrong, in plain words; null once an exchange works again. */
  lastError: z.string().nullable(),
  /** Incoming records that arrived before the record they belong to, waiting for it. */
  waitingForParent: z.number().int().nonnegative(),
  quarantined: z.array(HubQuarantined),
});
export type HubStatus = z.infer<typeof HubStatus>;

export const hubMethods = {
  "hub.status": query(z.strictObject({}), HubStatus, FACILITATOR_ONLY),
} as const;
