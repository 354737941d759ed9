import { createHash } from "node:crypto";

/** A short opaque id (22 characters, fits `Id`) for one thing in one round; it cannot be turned back into what it came from. */
function key(kind: string, roundId: string, of: string): string {
  return createHash("sha256").update(`hearth\0${kind}\0${roundId}\0${of}`).digest("base64url").slice(0, 22);
}

/** A phone's ballot in a round: the voter is its device, so one device is one voter and cannot vote as another. */
export const phoneBallotId = (roundId: string, deviceId: string): string => key("ballot", roundId, `phone:${deviceId}`);

/** A ballot cast at the laptop for a resident without a phone, under the random id the laptop chose for them. */
export const laptopBallotId = (roundId: string, voterId: string): string => key("ballot", roundId, `laptop:${voterId}`);

/** The paper count of one item in a round: one row per item, corrected in place (the change feed keeps each entry). */
export const paperCountId = (roundId: string, itemId: string): string => key("paper", roundId, itemId);
