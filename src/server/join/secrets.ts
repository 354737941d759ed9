import { createHash, randomBytes, randomInt } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH, DeviceId } from "../../core";

/** A QR token: 32 random bytes (256 bits), base64url, 43 characters. */
export const newToken = (): string => randomBytes(32).toString("base64url");

/**
 * Secrets are stored only as SHA-256 hashes. Tokens and device keys carry 256 bits, so a
 * plain hash (no salt, no stretching) cannot be reversed; short codes are guessable by
 * design, which is why they only put a device on the waiting list.
 */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret, "utf8").digest("hex");

export function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const newDeviceId = (): DeviceId => DeviceId.parse(`dev_${randomBytes(12).toString("hex")}`);
export const newCredentialId = (): string => `cred_${randomBytes(12).toString("hex")}`;
