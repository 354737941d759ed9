import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ExperimentRow } from "./ExperimentRow";
import { orderedStages, type EventState } from "../../../core";
import type { DueExperiments as Due } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { useQuery } from "../../app/useQuery";

/** An Adaptive Action workshop's "What?" stage: its first capture stage, where the last cycle's experiments are looked back on. */
export function isWhatStage(state: EventState): boolean {
  if (state.event.kind !== "adaptive-action" || !state.event.currentStageId) return false;
  return orderedStages(state.stage.values()).find((s) => s.kind === "capture")?.id === state.event.currentStageId;
}

/** The facilitator's list at "What?": each experiment due for review, what we expected and watched, and what was observed (editable). */
export function DueExperimentsPanel({ eventId, seq }: { eventId: string; seq: number }) {
  const { result, reload } = useQuery("experiments.due", { eventId }, `${eventId}|${seq}`);
  if (result.state !== "ready" || result.value.experiments.length === 0) return null;
  return (
    <div>
      <h3>Experiments due for review</h3>
      <ul className="thread-list" aria-label="Experiments due for review">
        {result.value.experiments.map((x) => (
          <ExperimentRow key={x.id} experiment={x} due onChanged={reload} />
        ))}
      </ul>
    </div>
  );
}


/** The same experiments at wall size, while the "What?" stage has no notes yet. */
export function DueExperimentsWall({ eventId, seq, fallback }: { eventId: string; seq: number; fallback: ReactNode }) {
  const { t } = useTranslation();
  const { result } = useQuery("experiments.due", { eventId }, `${eventId}|${seq}`);
  if (result.state !== "ready" || result.value.experiments.length === 0) return <>{fallback}</>;
  return (
    <div className="review-wall">
      <p className="review-wall__title">{t("wall.review.experiments")}</p>
      <ul className="review-wall__list" aria-label={t("wall.review.experimentsList")}>
        {result.value.experiments.slice(0, 4).map((x) => (
          <li key={x.id} className="review-wall__item">
            <p className="review-wall__title" dir="auto">
              {x.title}
            </p>
            <ul className="review-wall__actions">
              <li dir="auto">{t("wall.review.expected", { text: x.expect || "—" })}</li>
              <li dir="auto">{t("wall.review.observed", { text: x.observed || t("wall.review.notRecorded") })}</li>
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
