import type { ReportModel, ReportSection } from "./model-types";

/** Whether a section says nothing of its own beyond its heading and the organiser's words. */
function isEmpty(section: ReportSection): boolean {
  switch (section.key) {
    case "what-happened":
      return false;
    case "what-we-asked":
      return section.prompts.length === 0;
    case "what-you-said":
      return section.themes.length === 0;
    case "priorities":
      return section.priorities === null || section.priorities.items.length === 0;
    case "what-next":
      return section.actions.length === 0;
    case "you-said-we-did":
      return section.previous === null || section.actions.length === 0;
    case "stay-involved":
      return section.nextMeeting.text.trim() === "" && section.contacts.text.trim() === "";
  }
}

/**
 * What the organiser should know before the report goes to residents: no contact, no next
 * meeting, a section with nothing in it, priorities taken from a round not marked final.
 * Warnings, not refusals: each is asked about before exporting, never silently printed.
 */
export function reportWarnings(model: ReportModel): string[] {
  const warnings: string[] = [];
  const stay = model.sections.find((s) => s.key === "stay-involved");
  const contacts = stay?.key === "stay-involved" ? stay.contacts.text.trim() : "";
  const next = stay?.key === "stay-involved" ? stay.nextMeeting.text.trim() : "";
  if (contacts === "") warnings.push("The report gives no contact: residents have no one to get in touch with. Add one under Contacts.");
  if (next === "") warnings.push("The report gives no next meeting. Add it under Next meeting.");
  for (const section of model.sections) {
    if (section.key === "stay-involved") continue;
    if (isEmpty(section)) warnings.push(`“${section.heading}” has nothing in it yet.`);
    if (section.key === "priorities" && section.priorities?.final === false)
      warnings.push(`No vote round was marked final: “${section.heading}” shows the last round whose results were shown, “${section.priorities.roundTitle.text}”.`);
  }
  return warnings;
}
