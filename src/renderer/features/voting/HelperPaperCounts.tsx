import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { lookupIn, resolveItem, roundItems, type EventState } from "../../../core";
import { errorWords } from "../../i18n/room-errors";
import { PaperEntryGrid, type PaperWords } from "./PaperEntryGrid";
import { currentRound } from "../../../core";
import "./voting.css";

/**
 * The paper board's counts, typed on a helper's device (a note-taker's phone) while the
 * facilitator runs the evening: the same grid as at the laptop, for the round now running.
 * Once a round's results are revealed, corrections are the facilitator's, at the laptop.
 */
export function HelperPaperCounts({ state }: { state: EventState }) {
  const { t } = useTranslation();
  const round = currentRound(state);
  const lookup = useMemo(() => lookupIn(state), [state]);
  const items = useMemo(() => (round ? roundItems(round, lookup) : []), [round, lookup]);
  // Paper counts per item as they stand now: counts on notes since merged add up under the survivor.
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    if (!round) return map;
    for (const p of state.paperCount.values()) {
      const to = p.roundId === round.id ? resolveItem(round.target, p.itemId, lookup) : null;
      if (to !== null) map.set(to, (map.get(to) ?? 0) + p.dots);
    }
    return map;
  }, [state.paperCount, round, lookup]);
  if (!round || round.status === "draft" || round.status === "revealed") return null;
  return (
    <div className="helper-paper">
      <p className="device-can" dir="auto">
        {round.title}
      </p>
      <PaperEntryGrid round={round} items={items} counts={counts} words={phonePaperWords(t)} />
    </div>
  );
}

/** The grid's words in the phone's language; the room's refusals by their code. */
function phonePaperWords(t: TFunction): PaperWords {
  return {
    heading: t("paper.heading"),
    correct: t("paper.correct"),
    intro: t("paper.intro"),
    item: t("paper.item"),
    dots: t("paper.dots"),
    notWhole: t("paper.notWhole"),
    invalid: (_contract, max) => t("paper.invalid", { max }),
    refused: (error) => errorWords(t, error),
    notOpen: t("paper.notOpen"),
    history: t("paper.history"),
    loading: t("paper.loading"),
    nothingYet: t("paper.nothingYet"),
    mergedItem: t("paper.mergedItem"),
    corrected: t("paper.corrected"),
    byFacilitator: t("paper.byFacilitator"),
    imported: t("paper.imported"),
    // U+2068…U+2069 keep the helper's name in its own direction inside the sentence.
    by: (name) => t("paper.by", { name: `\u2068${name}\u2069` }),
  };
}
