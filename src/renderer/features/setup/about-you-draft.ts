import { isStandardQuestion, PREFER_NOT, STANDARD_QUESTIONS, type MonitoringOption, type MonitoringQuestion, type MonitoringSet } from "../../../core";

/** An id from words ("Young carers" → "young-carers"), unique among `taken`; words with no a–z or 0–9 get a numbered id. */
export function slugFor(words: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    words
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30) || fallback;
  let id = base === PREFER_NOT ? `${base}-1` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Options from the organiser's lines (or commas), each with an id. */
export function optionsFrom(text: string, keep: readonly MonitoringOption[] = []): MonitoringOption[] {
  const taken = new Set(keep.map((o) => o.id));
  const out: MonitoringOption[] = [...keep];
  for (const label of text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)) {
    const id = slugFor(label, taken, `option-${out.length + 1}`);
    taken.add(id);
    out.push({ id, label });
  }
  return out;
}

/** Asks, or stops asking, a standard question (in the standard order); targets on a dropped question go too. */
export function toggleStandard(set: MonitoringSet, id: string, ask: boolean): MonitoringSet {
  if (!ask) return { ...set, questions: set.questions.filter((q) => q.id !== id), targets: set.targets.filter((t) => t.questionId !== id) };
  const std = STANDARD_QUESTIONS.find((q) => q.id === id);
  if (!std || set.questions.some((q) => q.id === id)) return set;
  const added: MonitoringQuestion = { id: std.id, label: std.label, specialCategory: std.specialCategory, options: std.options.map((o) => ({ ...o })) };
  const order = (q: MonitoringQuestion) => {
    const i = STANDARD_QUESTIONS.findIndex((s) => s.id === q.id);
    return i < 0 ? STANDARD_QUESTIONS.length : i;
  };
  return { ...set, questions: [...set.questions, added].sort((a, b) => order(a) - order(b)) };
}

export function updateQuestion(set: MonitoringSet, id: string, change: (q: MonitoringQuestion) => MonitoringQuestion): MonitoringSet {
  return { ...set, questions: set.questions.map((q) => (q.id === id ? change(q) : q)) };
}

/** The postcode question's districts as typed ("LS7, LS8"), "Somewhere else" kept last. */
export function districtsText(q: MonitoringQuestion): string {
  return q.options.filter((o) => o.id !== "elsewhere").map((o) => o.label).join(", ");
}
export function withDistricts(q: MonitoringQuestion, text: string): MonitoringQuestion {
  const labels = [...new Set(text.split(/[\n,]/).map((s) => s.trim().toUpperCase()).filter(Boolean))];
  const districts = optionsFrom(labels.join("\n"));
  return { ...q, options: [...districts.filter((o) => o.id !== "elsewhere"), { id: "elsewhere", label: "Somewhere else" }] };
}

export function addCustomQuestion(set: MonitoringSet, label: string, optionsText: string, specialCategory: boolean): MonitoringSet {
  const id = slugFor(label, new Set(set.questions.map((q) => q.id)), `question-${set.questions.length + 1}`);
  const safeId = isStandardQuestion(id) ? `${id}-own` : id;
  return { ...set, questions: [...set.questions, { id: safeId, label: label.trim(), specialCategory, options: optionsFrom(optionsText) }] };
}
