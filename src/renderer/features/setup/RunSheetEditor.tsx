import { useRef } from "react";
import { orderedStages, promptsOfStage, type EventState } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { AddStageForm } from "./AddStageForm";
import { StageEditor } from "./StageEditor";
import { useFocusAfterMove } from "./useFocusAfterMove";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** The run sheet: every stage in order, each with its prompts, and a form to add one. */
export function RunSheetEditor({ state }: { state: EventState }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const stages = orderedStages(state.stage.values());
  const { run, error } = useCommand();
  const focusAfterMove = useFocusAfterMove(stages.map((s) => s.id).join());
  const prompts = [...state.prompt.values()];
  return (
    <section className="run-sheet" aria-labelledby="run-sheet-heading">
      <h2 id="run-sheet-heading" ref={heading} tabIndex={-1}>
        Stages and prompts <span className="count">({stages.length})</span>
      </h2>
      <ErrorMessage error={error} />
      {stages.length === 0 ? (
        <p className="muted">No stages yet. Add the first one below.</p>
      ) : (
        <ol className="run-sheet__stages" aria-label="Stages">
          {stages.map((s, i) => (
            <StageEditor
              key={s.id}
              stage={s}
              prompts={promptsOfStage(prompts, s.id)}
              index={i}
              count={stages.length}
              current={state.event.currentStageId === s.id}
              onMove={(id, toIndex, direction) => {
                focusAfterMove(id, direction);
                void run("stages.move", { id, toIndex });
              }}
              // Focus goes somewhere sensible rather than to the page's start.
              onRemoved={() => heading.current?.focus()}
            />
          ))}
        </ol>
      )}
      <AddStageForm eventId={state.event.id} />
    </section>
  );
}
