import { newId, type HearthClient } from "../../api";
import { UPLOAD_CHUNK_BYTES } from "../../api/methods/archives";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a file to the room in pieces small enough for one message each (messages are capped
 * at 16 KiB), reporting progress; resolves with the upload's id, or an error message.
 */
export async function uploadFile(
  client: HearthClient,
  purpose: "logo" | "archive",
  bytes: Uint8Array,
  onProgress: (fraction: number) => void = () => {},
): Promise<{ ok: true; uploadId: string } | { ok: false; message: string }> {
  const uploadId = newId();
  const total = Math.max(1, Math.ceil(bytes.length / UPLOAD_CHUNK_BYTES));
  for (let index = 0; index < total; index++) {
    const data = toBase64(bytes.subarray(index * UPLOAD_CHUNK_BYTES, (index + 1) * UPLOAD_CHUNK_BYTES));
    const r = await client.call("uploads.chunk", { uploadId, purpose, index, total, data });
    if (!r.ok) return { ok: false, message: r.error.message };
    onProgress((index + 1) / total);
  }
  return { ok: true, uploadId };
}
