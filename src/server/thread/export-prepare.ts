import {
  buildGoodNews,
  buildProgressReport,
  findingsIn,
  redactUserTexts,
  threeMonthsBefore,
  undecided,
  type Finding,
  type IsoDate,
  type RedactionDecision,
  type ThreadExportModel,
} from "../../core";
import type { ThreadExportKind } from "../../api";
import { redactionNames } from "../db/repos/reports";
import { threadDecisions } from "../db/repos/thread-exports";
import type { ReadonlyDatabase } from "../db/prepared";
import { buildThread } from "./view";

export interface ThreadExportRequest {
  readonly neighbourhoodId: string;
  readonly kind: ThreadExportKind;
  readonly since?: IsoDate | null | undefined;
  readonly until?: IsoDate | null | undefined;
}

export interface PreparedThreadExport {
  readonly neighbourhoodId: string;
  readonly name: string;
  /** What the export says with every decision applied (undecided findings redacted). */
  readonly model: ThreadExportModel;
  readonly since: IsoDate | null;
  readonly until: IsoDate | null;
  readonly items: number;
  readonly findings: readonly Finding[];
  readonly decisions: Readonly<Record<string, RedactionDecision>>;
  readonly undecided: readonly Finding[];
}

/**
 * Reads the neighbourhood's thread, builds the progress report or the good-news sheet, finds
 * likely personal data with the feedback report's finder (and its list of names), and applies
 * the organiser's decisions. `today` dates the report and ends the default period.
 */
export function prepareThreadExport(db: ReadonlyDatabase, request: ThreadExportRequest, today: IsoDate): PreparedThreadExport {
  const thread = buildThread(db, request.neighbourhoodId);
  const until = request.kind === "good-news" ? (request.until ?? today) : null;
  const since = request.kind === "good-news" ? (request.since ?? threeMonthsBefore(until ?? today)) : null;
  const raw = request.kind === "progress" ? buildProgressReport(thread, today) : buildGoodNews(thread, since!, until!);
  const findings = findingsIn(raw, { extraNames: redactionNames.list(db), referenceYear: Number(today.slice(0, 4)) });
  const decisions = threadDecisions.all(db, thread.neighbourhood.id);
  return {
    neighbourhoodId: thread.neighbourhood.id,
    name: thread.neighbourhood.name,
    model: redactUserTexts(raw, findings, decisions),
    since,
    until,
    items: raw.kind === "progress" ? raw.priorities.length : raw.wins.length,
    findings,
    decisions,
    undecided: undecided(findings, decisions),
  };
}
