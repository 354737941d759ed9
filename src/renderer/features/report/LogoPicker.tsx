import { useId, useState } from "react";
import type { ReportDraft, ReportEdit } from "../../../core";
import { UPLOAD_LIMITS } from "../../../api/methods/archives";
import { useClient } from "../../app/ClientContext";
import { rasteriseSvg } from "./rasterise";
import { uploadFile } from "../../app/upload";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** The logo on the title page: PNG or JPEG as they are, SVG turned into a PNG here first. Checked again by the room. */
export function LogoPicker({ eventId, draft, onDraft, onEdit }: { eventId: string; draft: ReportDraft; onDraft: (d: ReportDraft) => void; onEdit: (e: ReportEdit) => void }) {
  const client = useClient();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File) {
    setError(null);
    try {
      const svg = file.type === "image/svg+xml" || file.name.toLowerCase().endsWith(".svg");
      setStatus(svg ? "Converting the SVG…" : "Reading the file…");
      const bytes = svg ? await rasteriseSvg(file) : new Uint8Array(await file.arrayBuffer());
      if (bytes.length > UPLOAD_LIMITS.logo) throw new Error(`A logo can be at most ${UPLOAD_LIMITS.logo / 1024} KiB; that one is ${Math.ceil(bytes.length / 1024)} KiB.`);
      const sent = await uploadFile(client, "logo", bytes, (f) => setStatus(`Sending… ${Math.round(f * 100)}%`));
      if (!sent.ok) throw new Error(sent.message);
      const r = await client.call("reports.setLogo", { eventId, uploadId: sent.uploadId });
      if (!r.ok) throw new Error(r.error.message);
      onDraft(r.value);
      setStatus(null);
    } catch (err) {
      setStatus(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div className="field logo-picker">
      <label htmlFor={id} className="field__label">
        Logo (PNG, JPEG or SVG, up to 512 KiB)
      </label>
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/svg+xml,.svg"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void choose(file);
        }}
      />
      <p className="muted" role="status">
        {status ?? (draft.logo ? `Logo: ${draft.logo.width} × ${draft.logo.height} ${draft.logo.mime === "image/png" ? "PNG" : "JPEG"}` : "No logo yet.")}
      </p>
      {draft.logo && (
        <button type="button" className="button--small" onClick={() => onEdit({ op: "remove-logo" })}>
          Remove the logo
        </button>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
