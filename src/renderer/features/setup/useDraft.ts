import { useState } from "react";

/**
 * A form's unsaved copy of something the room holds. When the room's copy changes (saved
 * here, or edited on another screen) the draft starts again from it; until then, typing is
 * kept. `dirty` says whether there is anything to save.
 */
export function useDraft<T extends Record<string, string | boolean>>(source: T) {
  const signature = JSON.stringify(source);
  const [draft, setDraft] = useState(source);
  const [base, setBase] = useState(signature);
  if (base !== signature) {
    // Adjusting state while rendering: React re-renders at once, before anything is shown.
    setBase(signature);
    setDraft(source);
  }
  const set = <K extends keyof T>(key: K, value: T[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const changed = (Object.keys(source) as (keyof T)[]).filter((k) => draft[k] !== source[k]);
  return { draft, set, changed, dirty: changed.length > 0, reset: () => setDraft(source), replace: setDraft };
}
