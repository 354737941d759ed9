/** The largest frame a screen sends over WebSocket or IPC; the room refuses anything bigger. */
export const MAX_FRAME_BYTES = 16 * 1024;

/** Room in every frame for its envelope: the call's id, method name and the input's other fields. */
export const FRAME_ENVELOPE_BYTES = 4 * 1024;

/**
 * What one frame may carry of something long that travels in several (import parts, undo
 * restores, uploaded files as base64): the frame less its envelope. Every chunk limit derives
 * from this, so they follow MAX_FRAME_BYTES.
 */
export const FRAME_PAYLOAD_BYTES = MAX_FRAME_BYTES - FRAME_ENVELOPE_BYTES;
