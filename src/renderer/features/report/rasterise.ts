/** The longest side of a logo made from an SVG: sharp in print at the size the title page shows it. */
const SVG_RASTER_SIDE = 1200;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("That SVG could not be read as an image."));
    img.src = url;
  });
}

/**
 * Turns an SVG logo into PNG bytes, in the browser: the SVG is drawn as an <img> (where SVG
 * scripts never run and nothing outside it is fetched) onto a canvas. Only the pixels leave;
 * the SVG markup is never stored, shown in the page or put in a report.
 */
export async function rasteriseSvg(file: Blob): Promise<Uint8Array> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error("That file could not be read."));
    reader.readAsDataURL(new Blob([file], { type: "image/svg+xml" }));
  });
  const img = await loadImage(dataUrl);
  const w = img.naturalWidth || 600;
  const h = img.naturalHeight || 200;
  const scale = SVG_RASTER_SIDE / Math.max(w, h);
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot convert SVG logos; use a PNG or JPEG.");
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("That SVG could not be converted; use a PNG or JPEG.");
  return new Uint8Array(await blob.arrayBuffer());
}
