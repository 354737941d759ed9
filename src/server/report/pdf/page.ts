/** The page both printers use: A4, with room at the bottom for the running footer. */
export const PDF_PAGE = {
  margin: { top: "18mm", bottom: "22mm", left: "18mm", right: "18mm" },
  /** Electron's printToPDF takes margins in inches. */
  marginInches: { top: 18 / 25.4, bottom: 22 / 25.4, left: 18 / 25.4, right: 18 / 25.4 },
} as const;

/** Pages in a PDF that Chromium (Skia) wrote: each page object is "/Type /Page". */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![s\w])/gu) ?? []).length;
}
