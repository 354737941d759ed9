import { useTranslation } from "react-i18next";
import type { EventState } from "../../../core";
import { usePages } from "../../app/usePages";
import { useQuery } from "../../app/useQuery";
import "./review-wall.css";

/** Priorities on one page of the wall: each keeps its size, the wall turns pages instead. */
const PER_PAGE = 4;

/** A partnership meeting's review stage shows the neighbourhood priorities with their status instead of the stage's guidance. */
export const isReviewStage = (state: EventState): boolean => {
  const stage = state.event.currentStageId ? state.stage.get(state.event.currentStageId) : undefined;
  return state.event.kind === "partnership" && stage?.kind === "discuss";
};

/**
 * The review at wall size: each priority, where it stands, and its commitments with their
 * status. Loaded again with every change the event hears, so a status changed on the laptop
 * shows at once (the room sends the wall each change to the neighbourhood's thread).
 */
export function ReviewWall({ eventId, seq }: { eventId: string; seq: number }) {
  const { t } = useTranslation();
  const { result } = useQuery("priorities.wall", { eventId }, `${eventId}|${seq}`);
  const all = result.state === "ready" ? result.value.priorities : [];
  const { page, pages } = usePages(all.length, PER_PAGE);
  if (result.state === "error") return <p className="projector__message">{t("wall.cannotOpen")}</p>;
  if (result.state === "loading") return null;
  if (all.length === 0) return <p className="projector__message">{t("wall.review.none")}</p>;
  const several = new Set(all.map((p) => p.neighbourhood)).size > 1;
  return (
    <div className="review-wall">
      <ul className="review-wall__list" aria-label={t("wall.review.list")}>
        {all.slice(page * PER_PAGE, (page + 1) * PER_PAGE).map((p) => (
          <li key={p.id} className="review-wall__item" data-priority-id={p.id}>
            <p className="review-wall__title" dir="auto">
              {p.title}
              {several && <span className="review-wall__where"> · {p.neighbourhood}</span>}
            </p>
            <p className={`review-wall__status review-wall__status--${p.status}`}>{t(`wall.review.status.${p.status}`)}</p>
            {p.actions.length > 0 && (
              <ul className="review-wall__actions">
                {p.actions.map((a) => (
                  <li key={a.id} dir="auto">
                    {a.text}: <strong>{t(`wall.review.action.${a.status}`)}</strong>
                    {a.update && <span className="review-wall__update"> · {a.update}</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <p className="projector__footer">
          {t("wall.review.page", { page: page + 1, pages })}
        </p>
      )}
    </div>
  );
}
