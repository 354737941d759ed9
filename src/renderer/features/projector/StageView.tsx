import { useTranslation } from "react-i18next";
import type { Prompt, Stage } from "../../../core";

/** Stages without notes to show (welcome, discuss, actions): the stage, its guidance and its questions. */
export function StageView({ stage, prompts }: { stage: Stage | null; prompts: readonly Prompt[] }) {
  const { t } = useTranslation();
  if (!stage) return <p className="projector__message">{t("wall.welcome")}</p>;
  return (
    <div className="stage-view">
      {stage.description && (
        <p className="stage-view__description" dir="auto">
          {stage.description}
        </p>
      )}
      {prompts.length > 1 && (
        <ol className="stage-view__prompts">
          {prompts.slice(1, 5).map((p) => (
            <li key={p.id} dir="auto">
              {p.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
