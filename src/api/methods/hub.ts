import { z } from "zod";
import { FACILITATOR_ONLY, query, task } from "./define";

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

/** "Test connection": the partnership's address on the hub and a laptop's account, tried once. */
export const HubTestInput = z.strictObject({
  url: z.string().trim().min(1, "Type the hub's address").max(500, "That address is too long"),
  user: z.string().trim().min(1, "Type this laptop's account name").max(200, "That name is too long"),
  password: z.string().min(1, "Type the account's password").max(500, "That password is too long"),
  /** The organiser accepted the warning about plain http to another computer. */
  acceptPlainHttp: z.boolean().default(false),
});
export type HubTestInput = z.input<typeof HubTestInput>;

export const HubTestResult = z.object({ ok: z.boolean(), message: z.string() });
export type HubTestResult = z.infer<typeof HubTestResult>;

export const hubMethods = {
  "hub.status": query(z.strictObject({}), HubStatus, FACILITATOR_ONLY),
  "hub.test": task(HubTestInput, HubTestResult, FACILITATOR_ONLY),
} as const;
