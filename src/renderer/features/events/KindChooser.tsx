import { useId } from "react";
import { BUILT_IN_TEMPLATES, EventKind, type CustomTemplate } from "../../../core";
import { Bidi } from "../../ui/Bidi";

/** The chooser's value: a kind's ready template, or a saved one. */
export interface TemplateChoice {
  readonly kind: EventKind;
  readonly templateId: string | null;
}

export function parseChoice(value: string, templates: readonly CustomTemplate[]): TemplateChoice {
  if (value.startsWith("template:")) {
    const t = templates.find((x) => x.id === value.slice("template:".length));
    if (t) return { kind: t.kind, templateId: t.id };
  }
  const kind = EventKind.safeParse(value.replace(/^kind:/, ""));
  return { kind: kind.success ? kind.data : "listening", templateId: null };
}

const stagesPhrase = (n: number) => (n === 1 ? "1 stage" : `${n} stages`);

/** Radio buttons, one per kind of event with its one-line summary, then the saved templates. */
export function KindChooser({ name, templates }: { name: string; templates: readonly CustomTemplate[] }) {
  const id = useId();
  return (
    <fieldset className="kind-chooser">
      <legend className="field__label">Kind of event</legend>
      {EventKind.options.map((kind) => {
        const t = BUILT_IN_TEMPLATES[kind];
        return (
          <div className="kind-option" key={kind}>
            <input type="radio" id={`${id}-${kind}`} name={name} value={`kind:${kind}`} defaultChecked={kind === "listening"} aria-describedby={`${id}-${kind}-summary`} />
            <label htmlFor={`${id}-${kind}`} className="kind-option__name">
              {t.name}
            </label>
            <p id={`${id}-${kind}-summary`} className="kind-option__summary">
              {t.summary}
            </p>
          </div>
        );
      })}
      {templates.map((t) => (
        <div className="kind-option kind-option--saved" key={t.id}>
          <input type="radio" id={`${id}-t-${t.id}`} name={name} value={`template:${t.id}`} aria-describedby={`${id}-t-${t.id}-summary`} />
          <label htmlFor={`${id}-t-${t.id}`} className="kind-option__name">
            From template: <Bidi>{t.name}</Bidi>
          </label>
          <p id={`${id}-t-${t.id}-summary`} className="kind-option__summary">
            Saved run sheet: {stagesPhrase(t.stages.length)} · {BUILT_IN_TEMPLATES[t.kind].name}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
