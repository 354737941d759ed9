import type { TFunction } from "i18next";
import { isStandardQuestion, PREFER_NOT, STANDARD_GROUPS, type MonitoringOption, type MonitoringQuestion } from "../../../core";

/**
 * A question and its options in the phone's language: standard ones from the catalogue by their
 * ids (an option the organiser added, such as a postcode district, as they typed it), the
 * organiser's own questions as typed.
 */
export function questionText(t: TFunction, q: MonitoringQuestion): string {
  return isStandardQuestion(q.id) ? t(`aboutYou.q.${q.id}`, { defaultValue: q.label }) : q.label;
}

export function optionText(t: TFunction, q: MonitoringQuestion, o: MonitoringOption): string {
  if (o.id === PREFER_NOT) return t("aboutYou.preferNot");
  return isStandardQuestion(q.id) ? t(`aboutYou.o.${q.id}.${o.id}`, { defaultValue: o.label }) : o.label;
}

export function groupText(t: TFunction, group: string): string {
  const known = STANDARD_GROUPS.find((g) => g.label === group);
  return known ? t(`aboutYou.group.${known.id}`, { defaultValue: group }) : group;
}

/** The options of a question in runs of the same group (the ONS ethnic groups), in order. */
export function groupedOptions(options: readonly MonitoringOption[]): { group: string | undefined; options: MonitoringOption[] }[] {
  const runs: { group: string | undefined; options: MonitoringOption[] }[] = [];
  for (const o of options) {
    const last = runs.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else runs.push({ group: o.group, options: [o] });
  }
  return runs;
}
