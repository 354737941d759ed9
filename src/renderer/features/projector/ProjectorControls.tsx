import { useCallback, useId, useState } from "react";
import type { EventState, ScreenSetInput, ScreenView } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { SearchPicker } from "../../ui/SearchPicker";
import { searchThemesAndNotes, themeOrNoteLabel } from "../../ui/board-search";
import { screenOf } from "../../app/choose-view";

const VIEWS: { value: ScreenView; label: string }[] = [
  { value: "auto", label: "Follow the stage" },
  { value: "notes", label: "Notes" },
  { value: "themes", label: "Themes" },
  { value: "results", label: "Voting" },
  { value: "stage", label: "Stage only" },
  { value: "blank", label: "Blank" },
];

/** Opens the wall. Electron turns this into a full-screen window on the second display; a browser opens a window or tab. */
export function openProjector(eventId: string): void {
  window.open(hrefFor({ name: "projector", eventId }), "hearth-projector", "popup");
}

/** The facilitator's remote for the wall: open it, choose what it shows, spotlight, blank, contrast. */
export function ProjectorControls({ state, withOpen = true }: { state: EventState; withOpen?: boolean }) {
  const client = useClient();
  const server = screenOf(state);
  // What the facilitator just chose shows at once; the room's answer then confirms it.
  const [chosen, setChosen] = useState<{ change: Omit<ScreenSetInput, "eventId">; ackSeq: number }>({ change: {}, ackSeq: Infinity });
  const confirmed = server.updatedSeq >= chosen.ackSeq;
  const screen = confirmed ? server : { ...server, ...chosen.change };
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const eventId = state.event.id;

  async function set(change: Omit<ScreenSetInput, "eventId">) {
    setChosen({ change, ackSeq: Infinity });
    const r = await client.call("screen.set", { eventId, ...change });
    // Shown as chosen until the feed brings the room's own copy (or at once, when refused).
    setChosen((c) => (c.change === change ? { change, ackSeq: r.ok ? r.value.updatedSeq : -1 } : c));
    setError(r.ok ? null : r.error.message);
  }

  const spotValue = screen.spotlight ? `${screen.spotlight.kind}:${screen.spotlight.id}` : "";

  const search = useCallback((query: string) => searchThemesAndNotes(state, query), [state]);
  const spotlight = (value: string) => {
    const [kind, id] = value.split(":");
    void set({ spotlight: (kind === "note" || kind === "theme") && id ? { kind, id } : null });
  };

  return (
    <section className="card projector-controls" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Projector</h2>
      <div className="projector-controls__row">
        {withOpen && (
          <button type="button" className="button" onClick={() => openProjector(eventId)}>
            Open projector
          </button>
        )}
        <button type="button" className="button" aria-pressed={screen.view === "blank"} onClick={() => void set({ view: screen.view === "blank" ? "auto" : "blank" })}>
          {screen.view === "blank" ? "Unblank screen" : "Blank screen"}
        </button>
      </div>
      <fieldset className="projector-controls__views">
        <legend>Show</legend>
        {VIEWS.map((v) => (
          <label key={v.value} className="choice">
            <input type="radio" name={`${ids}-view`} value={v.value} checked={screen.view === v.value} onChange={() => void set({ view: v.value })} />
            {v.label}
          </label>
        ))}
      </fieldset>
      <SearchPicker label="Spotlight" noneLabel="Nothing in the spotlight" value={spotValue} valueLabel={themeOrNoteLabel(state, spotValue)} search={search} onPick={spotlight} />
      <fieldset className="projector-controls__views">
        <legend>Contrast</legend>
        {(["dark", "light"] as const).map((c) => (
          <label key={c} className="choice">
            <input type="radio" name={`${ids}-contrast`} value={c} checked={screen.contrast === c} onChange={() => void set({ contrast: c })} />
            {c === "dark" ? "Light text on black" : "Black text on white"}
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
