import { useId, useRef, useState } from "react";
import { ThemeTitle } from "../../../core";
import { newId } from "../../../api";
import { useFormSend } from "../../app/useFormSend";
import { useBoardActions } from "./BoardContext";

/** Type a theme's title and press Enter; the new theme goes after the others. */
export function NewThemeForm() {
  const actions = useBoardActions();
  const id = useId();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const send = useFormSend();
  const submit = () =>
    send<string>({
      read: () => {
        const parsed = ThemeTitle.safeParse(input.current?.value ?? title);
        if (parsed.success) return { value: parsed.data };
        return { problem: parsed.error.issues[0]?.message === "A theme's title is empty" ? "Type the theme's title first." : (parsed.error.issues[0]?.message ?? "That title cannot be used.") };
      },
      isBlank: () => (input.current?.value ?? title).trim() === "",
      clear: () => setTitle(""),
      send: async (value) => {
        const outcome = await actions.run("Add a theme", "themes.create", { id: newId(), eventId: actions.eventId, title: value });
        if (!outcome.ok) setError(outcome.message);
        return outcome.ok;
      },
      restore: (value) => setTitle(value),
      say: setError,
    });
  return (
    <form
      className="new-theme"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <label className="field__label" htmlFor={`${id}-title`}>
        New theme
      </label>
      <input id={`${id}-title`} ref={input} value={title} dir="auto" autoComplete="off" onChange={(e) => setTitle(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
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
