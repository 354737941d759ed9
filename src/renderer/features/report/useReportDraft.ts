import { useCallback, useEffect, useRef, useState } from "react";
import { applyReportEdit, type NoteId, type ReportDraft, type ReportEdit, type ReportSent } from "../../../core";
import { useClient } from "../../app/ClientContext";

/** Typing pauses this long before a text is saved; every edit is saved, one field per command. */
export const SAVE_DELAY_MS = 400;

export type SaveState = "saved" | "saving" | "error";

/**
 * The report draft as the organiser edits it: each edit shows at once (applied locally with
 * the same rule as the room) and is saved as a small command, text edits after a short
 * pause, so a crash loses at most the last moment of typing. `autoQuotes` is what Hearth
 * would pick as quotes now (needed the first time a quote is changed).
 */
export function useReportDraft(eventId: string, autoQuotes: () => readonly NoteId[]) {
  const client = useClient();
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [sent, setSent] = useState<ReportSent | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState(0);
  const timers = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; edit: ReportEdit }>());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  useEffect(() => {
    let cancelled = false;
    void client.call("reports.draft", { eventId }).then((r) => {
      if (cancelled) return;
      if (!r.ok) return setLoadError(r.error.message);
      setDraft(r.value.draft);
      setSent(r.value.sent);
      setSavedVersion(r.value.draft.version);
    });
    return () => {
      cancelled = true;
    };
  }, [client, eventId]);

  const send = useCallback(
    (edit: ReportEdit) => {
      inFlight.current++;
      setSaveState("saving");
      // One at a time, in order: the room sees the organiser's edits as they made them.
      chain.current = chain.current.then(async () => {
        const r = await client.call("reports.update", { eventId, edit });
        inFlight.current--;
        if (!r.ok) {
          setSaveState("error");
          setSaveError(r.error.message);
          return;
        }
        setSavedVersion(r.value.version);
        if (inFlight.current === 0 && timers.current.size === 0) {
          setSaveState("saved");
          setSaveError(null);
        }
      });
    },
    [client, eventId],
  );

  const flush = useCallback(() => {
    for (const [key, pending] of timers.current) {
      clearTimeout(pending.timer);
      timers.current.delete(key);
      send(pending.edit);
    }
  }, [send]);

  // Leaving the page (or the app closing) saves what is still waiting.
  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  /** Applies an edit now; `debounceKey` groups keystrokes of one field into one save after a pause. */
  const edit = useCallback(
    (e: ReportEdit, debounceKey?: string) => {
      setDraft((d) => (d ? applyReportEdit(d, e, autoQuotes()) : d));
      if (!debounceKey) return send(e);
      const pending = timers.current.get(debounceKey);
      if (pending) clearTimeout(pending.timer);
      setSaveState("saving");
      const timer = setTimeout(() => {
        timers.current.delete(debounceKey);
        send(e);
      }, SAVE_DELAY_MS);
      timers.current.set(debounceKey, { timer, edit: e });
    },
    [send, autoQuotes],
  );

  /** Sends what is waiting and resolves once the room has every edit (before an export, say). */
  const settle = useCallback(async () => {
    flush();
    await chain.current;
  }, [flush]);

  return { draft, setDraft, sent, setSent, loadError, saveState, saveError, savedVersion, edit, settle };
}
