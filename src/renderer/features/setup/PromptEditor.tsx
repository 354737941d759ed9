import { useId, useRef, useState } from "react";
import { newId } from "../../../api";
import type { Prompt, Stage } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { useFormSend } from "../../app/useFormSend";
import { Bidi } from "../../ui/Bidi";
import { MoveButtons } from "./MoveButtons";
import { useDraft } from "./useDraft";
import { useFocusAfterMove } from "./useFocusAfterMove";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** One prompt: its wording (saved with a button or Enter), its place, and removal. */
function PromptRow(props: { prompt: Prompt; index: number; count: number; onMove: (id: string, toIndex: number, d: "up" | "down") => void; onRemoved: () => void }) {
  const { prompt, index, count } = props;
  const inputId = useId();
  const { run, busy, error } = useCommand();
  const { draft, set, dirty } = useDraft({ text: prompt.text });
  const save = () => void run("prompts.update", { id: prompt.id, text: draft.text });
  return (
    <li className="prompt-row">
      <form
        noValidate
        className="prompt-row__edit"
        onSubmit={(e) => {
          e.preventDefault();
          if (dirty) save();
        }}
      >
        <label htmlFor={inputId} className="prompt-row__number">
          <span className="visually-hidden">Prompt </span>
          {index + 1}.
        </label>
        <input id={inputId} value={draft.text} dir="auto" autoComplete="off" onChange={(e) => set("text", e.target.value)} />
        <button type="submit" className="button button--small" disabled={busy || !dirty}>
          Save<span className="visually-hidden"> prompt {index + 1}</span>
        </button>
      </form>
      <div className="prompt-row__actions">
        <MoveButtons compact id={prompt.id} what="prompt" name={prompt.text} index={index} count={count} busy={busy} onMove={(to, d) => props.onMove(prompt.id, to, d)} />
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => void run("prompts.remove", { id: prompt.id }).then((r) => r && props.onRemoved())}
        >
          Remove
          <span className="visually-hidden">
            : prompt <Bidi>{prompt.text}</Bidi>
          </span>
        </button>
      </div>
      <ErrorMessage error={error} />
    </li>
  );
}

/** A stage's prompts, in order, with a box to add one. */
export function PromptEditor({ stage, prompts }: { stage: Stage; prompts: readonly Prompt[] }) {
  const newPromptId = useId();
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const { run, busy, error } = useCommand();
  const send = useFormSend();
  const focusAfterMove = useFocusAfterMove(prompts.map((p) => p.id).join());
  const move = (id: string, toIndex: number, direction: "up" | "down") => {
    focusAfterMove(id, direction);
    void run("prompts.move", { id, toIndex });
  };
  return (
    <div className="prompt-editor">
      <h4 className="prompt-editor__heading">Prompts</h4>
      {prompts.length === 0 ? (
        <p className="muted">No prompts. Notes in this stage answer no particular question.</p>
      ) : (
        <ol className="prompt-editor__list" aria-label={`Prompts of stage “${stage.title}”`}>
          {prompts.map((p, i) => (
            <PromptRow key={p.id} prompt={p} index={i} count={prompts.length} onMove={move} onRemoved={() => input.current?.focus()} />
          ))}
        </ol>
      )}
      <form
        noValidate
        className="prompt-editor__add"
        onSubmit={(e) => {
          e.preventDefault();
          void send<string>({
            read: () => ({ value: input.current?.value ?? text }),
            isBlank: () => (input.current?.value ?? "").trim() === "",
            clear: () => setText(""),
            send: async (value) => (await run("prompts.add", { id: newId(), stageId: stage.id, text: value })) !== null,
            restore: setText,
            say: () => undefined,
          });
          input.current?.focus();
        }}
      >
        <label htmlFor={newPromptId}>New prompt</label>
        <input id={newPromptId} ref={input} value={text} dir="auto" autoComplete="off" onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button button--small" disabled={busy}>
          Add prompt
        </button>
      </form>
      <ErrorMessage error={error} />
    </div>
  );
}
