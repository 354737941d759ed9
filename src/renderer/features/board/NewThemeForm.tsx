import { useId, useState, type FormEvent } from "react";
import { ThemeTitle } from "../../../core";
import { newId } from "../../../api";
import { useBoardActions } from "./BoardContext";

/** Type a theme's title and press Enter; the new theme goes after the others. */
export function NewThemeForm() {
  const actions = useBoardActions();
  const id = useId();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = ThemeTitle.safeParse(title);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message === "A theme's title is empty" ? "Type the theme's title first." : (parsed.error.issues[0]?.message ?? "That title cannot be used."));
    const outcome = await actions.run("Add a theme", "themes.create", { id: newId(), eventId: actions.eventId, title: parsed.data });
    if (outcome.ok) {
      setTitle("");
      setError(null);
    } else setError(outcome.message);
  }
  return (
    <form className="new-theme" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field__label" htmlFor={`${id}-title`}>
        New theme
      </label>
      <input id={`${id}-title`} value={title} dir="auto" autoComplete="off" onChange={(e) => setTitle(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      <button type="submit" className="button button--small">
        Add theme
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
