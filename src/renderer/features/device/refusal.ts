import type { HearthError } from "../../../core";
import type { Credentials } from "../../app/credentials";

/** Why a join did not work, in the phone's language; undefined for a device the facilitator removed (it gets its own screen). */
export function refusalMessage(t: (key: string) => string, error: HearthError, c: Credentials): string | undefined {
  if (error.code === "rate_limited") return t("join.tooMany");
  if (error.code === "room_full") return t("join.roomFull");
  if (error.code === "not_found") return c.join?.via === "token" ? t("join.linkBroken") : t("join.wrongCode");
  if (error.code === "invalid_input" || error.code === "bad_request") return t("join.badCode");
  return undefined;
}
