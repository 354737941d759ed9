import {
  countRaisedNotes,
  defaultIntro,
  defaultTitle,
  INTRO_MAX,
  SECTION_HEADINGS,
  SECTION_TEXT_MAX,
  SHORT_TEXT_MAX,
  reportWords,
  type EventState,
  type ReportDraft,
  type ReportEdit,
} from "../../../core";
import { DraftField } from "./DraftField";
import { LogoPicker } from "./LogoPicker";
import { QuotePicker } from "./QuotePicker";
import { ReportLanguage } from "./ReportLanguage";
import { SectionOrder } from "./SectionOrder";

type Edit = (e: ReportEdit, debounceKey?: string) => void;

/** Everything the organiser can change in the report, saved as they type. */
export function DraftEditor({ state, draft, edit, onDraft }: { state: EventState; draft: ReportDraft; edit: Edit; onDraft: (d: ReportDraft) => void }) {
  const { event } = state;
  const notes = countRaisedNotes([...state.note.values()]);
  return (
    <section aria-labelledby="draft-heading" className="draft-editor card">
      <h2 id="draft-heading">Draft</h2>
      <ReportLanguage lang={draft.lang} edit={edit} />
      <DraftField
        label="Report title"
        value={draft.title ?? defaultTitle(event.title, draft.lang)}
        max={160}
        onChange={(text) => edit({ op: "title", text }, "title")}
        onReset={draft.title === null ? undefined : () => edit({ op: "title", text: null })}
      />
      <DraftField
        label="Introduction"
        rows={5}
        value={draft.intro ?? defaultIntro(event, draft.attendance, notes, draft.lang)}
        max={INTRO_MAX}
        hint="A short thank-you and what the report is for. A blank line starts a new paragraph."
        onChange={(text) => edit({ op: "intro", text }, "intro")}
        onReset={draft.intro === null ? undefined : () => edit({ op: "intro", text: null })}
      />
      <div className="field">
        <label className="field__label" htmlFor="attendance">
          People who took part (a count, never names)
        </label>
        <input
          id="attendance"
          type="number"
          min={0}
          max={100000}
          inputMode="numeric"
          value={draft.attendance ?? ""}
          onChange={(e) => {
            const n = e.target.value === "" ? null : Math.max(0, Math.floor(Number(e.target.value)));
            edit({ op: "attendance", value: Number.isFinite(n) ? n : null }, "attendance");
          }}
        />
      </div>
      <SectionOrder order={draft.order} onEdit={edit} />
      {draft.order.map((key) => {
        const own = draft.sectionText[key];
        return (
          <DraftField
            key={key}
            label={`${SECTION_HEADINGS[key]}: your words`}
            rows={3}
            value={own ?? reportWords(draft.lang).sectionText[key]}
            max={SECTION_TEXT_MAX}
            onChange={(text) => edit({ op: "section", key, text }, `section:${key}`)}
            onReset={own === undefined ? undefined : () => edit({ op: "section", key, text: null })}
          />
        );
      })}
      <QuotePicker state={state} draft={draft} onEdit={edit} />
      <DraftField label="Next meeting" rows={2} value={draft.nextMeeting} max={SHORT_TEXT_MAX} hint="When and where, e.g. Tuesday 8 December, 6pm, St Barnabas hall." onChange={(text) => edit({ op: "next-meeting", text }, "next-meeting")} />
      <DraftField label="Contacts" rows={3} value={draft.contacts} max={SHORT_TEXT_MAX} hint="How residents get in touch: an organisation, an email or phone line." onChange={(text) => edit({ op: "contacts", text }, "contacts")} />
      <DraftField label="Footer (on every page)" value={draft.footer} max={160} onChange={(text) => edit({ op: "footer", text }, "footer")} />
      <LogoPicker eventId={event.id} draft={draft} onDraft={onDraft} onEdit={edit} />
    </section>
  );
}
