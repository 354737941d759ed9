import { UPLOAD_CHUNK_BYTES } from "../../../src/api/methods/archives";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk } from "./room-fixture";

/** Sends a file to the room the way a screen does: base64 chunks of at most 9 KiB, one command each. */
export function upload(r: RunningRoom, uploadId: string, purpose: "logo" | "archive", bytes: Uint8Array): void {
  const total = Math.max(1, Math.ceil(bytes.length / UPLOAD_CHUNK_BYTES));
  for (let index = 0; index < total; index++) {
    const data = Buffer.from(bytes.subarray(index * UPLOAD_CHUNK_BYTES, (index + 1) * UPLOAD_CHUNK_BYTES)).toString("base64");
    callOk(r, FACILITATOR, "uploads.chunk", { uploadId, purpose, index, total, data });
  }
}
