import type { TFunction } from "i18next";
import type { HearthError } from "../../core";

/**
 * The room's refusal in the screen's language. The room words its refusals in English for
 * the facilitator; a phone or the wall says them by their code in its own language.
 */
export function errorWords(t: TFunction, error: Pick<HearthError, "code">): string {
  return t(`errors.${error.code}`);
}
