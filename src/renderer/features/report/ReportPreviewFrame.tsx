import { useEffect, useRef, useState } from "react";

/** The frame's own width: an A4 sheet (210 mm ≈ 794 px) and its margins, drawn at full size then scaled to fit. */
const FRAME_WIDTH = 860;

/**
 * The pages as they will print: the very HTML and stylesheet the PDF is made from, in a
 * sandboxed frame (no scripts, no same-origin access, nothing fetched). The page's CSP,
 * which the frame inherits, admits the report stylesheet by its hash and nothing else inline.
 * The frame is laid out at A4 width and scaled down to the column, so lines break as in print.
 */
export function ReportPreviewFrame({ html, busy }: { html: string | null; busy: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.7);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setScale(Math.min(1, el.clientWidth / FRAME_WIDTH)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [html === null]);
  const height = Math.max(480, window.innerHeight - 160);
  return (
    <section aria-labelledby="preview-heading" className="report-preview">
      <h2 id="preview-heading">
        Preview <span className="muted report-preview__hint">{busy ? "updating…" : "as it will print (page numbers are added in the PDF)"}</span>
      </h2>
      {html === null ? (
        <p className="muted">Building the preview…</p>
      ) : (
        <div ref={box} className="report-preview__box" style={{ height }}>
          <iframe
            className="report-preview__frame"
            title="Report preview"
            sandbox=""
            srcDoc={html}
            referrerPolicy="no-referrer"
            style={{ width: FRAME_WIDTH, height: height / scale, transform: `scale(${scale})` }}
          />
        </div>
      )}
    </section>
  );
}
