import { WIN_PHOTO_MAX } from "../../../core";

/** The longest side of a win's photo: enough for a noticeboard sheet, small enough to keep in the database. */
const SIDE = 800;

/**
 * Reads a chosen image and scales it down to a JPEG data URL in the browser (a phone photo of
 * several megabytes becomes a few dozen kilobytes); refuses what cannot be read or stays too large.
 */
export async function photoDataUrl(file: File): Promise<string> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) throw new Error("Choose a JPEG, PNG or WebP photo.");
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise<HTMLImageElement>((resolve, reject) => {
      const i = new Image();
      i.onload = () => resolve(i);
      i.onerror = () => reject(new Error("That photo could not be read."));
      i.src = url;
    });
    const scale = Math.min(1, SIDE / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot scale photos.");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = canvas.toDataURL("image/jpeg", 0.8);
    if (data.length > WIN_PHOTO_MAX) throw new Error("That photo is too large even when scaled down.");
    return data;
  } finally {
    URL.revokeObjectURL(url);
  }
}
