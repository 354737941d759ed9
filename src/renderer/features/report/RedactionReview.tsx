import type { ReportDraft, ReportEdit } from "../../../core";
import type { FindingView } from "../../../api/methods/reports";
import { PersonalDataReview } from "../../ui/PersonalDataReview";
import { NameList } from "./NameList";

type Edit = (e: ReportEdit, debounceKey?: string) => void;

/**
 * Every likely piece of personal data in the report, each waiting for the organiser's
 * decision: redact, keep, or replace. Nothing is exported until all are decided.
 */
export function RedactionReview({ findings, draft, edit, onNamesChanged }: { findings: readonly FindingView[]; draft: ReportDraft; edit: Edit; onNamesChanged: () => void }) {
  return (
    <PersonalDataReview findings={findings} decisions={draft.decisions} decide={(key, decision, debounceKey) => edit({ op: "decide", key, decision }, debounceKey)} headingId="review-heading">
      <NameList onChanged={onNamesChanged} />
    </PersonalDataReview>
  );
}
