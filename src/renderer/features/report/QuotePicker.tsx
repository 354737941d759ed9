import { autoQuoteIds, notesInOrder, type EventState, type ReportDraft, type ReportEdit } from "../../../core";

/**
 * Which notes the report quotes, theme by theme. Until the organiser changes a quote, Hearth
 * picks the most raised note of each theme; the boxes show that choice.
 */
export function QuotePicker({ state, draft, onEdit }: { state: EventState; draft: ReportDraft; onEdit: (e: ReportEdit) => void }) {
  const notes = notesInOrder(state).filter((n) => !n.hidden);
  const themes = [...state.theme.values()].filter((t) => !t.deleted).sort((a, b) => a.position - b.position);
  const chosen = new Set(draft.quoteMode === "auto" ? autoQuoteIds([...state.note.values()], themes) : draft.quoteNoteIds);
  const groups = [
    ...themes.map((t) => ({ id: t.id, title: t.title, notes: notes.filter((n) => n.themeId === t.id) })),
    { id: "unthemed", title: "Not yet themed", notes: notes.filter((n) => !n.themeId || !themes.some((t) => t.id === n.themeId)) },
  ].filter((g) => g.notes.length > 0);
  return (
    <fieldset className="quote-picker">
      <legend>Quotes</legend>
      <p className="muted">
        {draft.quoteMode === "auto" ? "Hearth has picked the most raised note of each theme. Tick the words you want to quote." : "Your choice of quotes."}{" "}
        {draft.quoteMode === "chosen" && (
          <button type="button" className="button--small" onClick={() => onEdit({ op: "quotes-auto" })}>
            Let Hearth pick again
          </button>
        )}
      </p>
      {groups.map((g) => (
        <div key={g.id} className="quote-picker__group">
          <h4 dir="auto">{g.title}</h4>
          <ul>
            {g.notes.map((n) => (
              <li key={n.id}>
                <label className="check">
                  <input type="checkbox" checked={chosen.has(n.id)} onChange={(e) => onEdit({ op: "quote", noteId: n.id, included: e.target.checked })} />
                  <span dir="auto" className="check__text">
                    {n.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
