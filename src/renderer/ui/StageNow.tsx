import type { Prompt, Stage } from "../../core";

export const STAGE_KIND_NAMES: Record<Stage["kind"], string> = {
  welcome: "Welcome",
  capture: "Notes",
  group: "Themes",
  vote: "Vote",
  discuss: "Discussion",
  actions: "Actions",
};

/**
 * What the room is doing now: the stage, where it sits in the run sheet, its guidance and
 * its prompts. Read-only, so the projector and phones can show the same thing.
 */
export function StageNow({ stage, index, total, prompts, headingId }: { stage: Stage; index: number; total: number; prompts: readonly Prompt[]; headingId: string }) {
  return (
    <div className="stage-now">
      <p className="stage-now__step">
        Stage {index + 1} of {total} · {STAGE_KIND_NAMES[stage.kind]}
        {stage.privateWriting && " · Private writing"}
      </p>
      <h2 id={headingId} className="stage-now__title" dir="auto">
        {stage.title}
      </h2>
      {stage.description && (
        <p className="stage-now__description" dir="auto">
          {stage.description}
        </p>
      )}
      {prompts.length > 0 && (
        <ol className="stage-now__prompts" aria-label="Prompts">
          {prompts.map((p) => (
            <li key={p.id} dir="auto">
              {p.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
