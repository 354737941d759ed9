import type { z } from "zod";
import { eventMethods } from "./methods/events";
import { noteMethods } from "./methods/notes";
import { nameMethods } from "./methods/names";
import { runMethods } from "./methods/run";
import { stageMethods } from "./methods/stages";
import { promptMethods } from "./methods/prompts";
import { templateMethods } from "./methods/templates";
import { screenMethods } from "./methods/screen";
import { deviceMethods } from "./methods/devices";
import { roundMethods } from "./methods/rounds";
import { voteMethods } from "./methods/votes";
import { actionMethods } from "./methods/actions";
import { archiveMethods } from "./methods/archives";
import { reportMethods } from "./methods/reports";
import { reportExportMethods } from "./methods/report-exports";
import { dataMethods } from "./methods/data";
import { themeMethods } from "./methods/themes";
import { boardMethods } from "./methods/board";
import { joinMethodMaps } from "./distinct-methods";
import { neighbourhoodMethods } from "./methods/neighbourhoods";
import { priorityMethods } from "./methods/priorities";
import { evidenceMethods } from "./methods/evidence";
import { threadViewMethods } from "./methods/thread-view";
import { reviewWallMethods } from "./methods/review-wall";
import { neighbourhoodArchiveMethods } from "./methods/neighbourhood-archives";
import { threadExportMethods } from "./methods/thread-exports";
import { monitoringMethods } from "./methods/monitoring";
import { contactMethods } from "./methods/contacts";
import { hubMethods } from "./methods/hub";

export type { Role } from "./methods/define";
export { EventSnapshot } from "./methods/events";
export { CodesPaused, GuessAlert, JoinPoster, JoinStatus, LanStatus, NetworkAddress } from "./methods/devices";
export { PlaceDirectory } from "./methods/neighbourhoods";
export { AdoptCandidates } from "./methods/priorities";
export { MeasureView, NeighbourhoodThread, PartnershipView, PriorityAction, PriorityView, TimelineEntry } from "./methods/thread-view";
export { DueExperiments, ReviewWall } from "./methods/review-wall";
export * from "./methods/thread-exports";
export { NeighbourhoodReachView } from "./methods/monitoring";
export { ContactsView } from "./methods/contacts";
export { HubQuarantined, HubStatus, HubTestInput, HubTestResult } from "./methods/hub";
export { BackupInfo, BackupReason, DataStatus, QuarantineNotice } from "./methods/data";

/**
 * The one contract: every method the room serves, with its input and output schemas, one
 * file per domain under methods/, named like its handlers' file in server/room/commands. It is served over IPC (Electron windows) and WebSocket
 * (browsers); the same client code calls it. Names start with their domain; a name defined
 * twice stops Hearth at start-up.
 */
export const contract = joinMethodMaps(
  "contract",
  eventMethods,
  noteMethods,
  nameMethods,
  stageMethods,
  promptMethods,
  runMethods,
  templateMethods,
  screenMethods,
  deviceMethods,
  roundMethods,
  voteMethods,
  actionMethods,
  reportMethods,
  reportExportMethods,
  archiveMethods,
  dataMethods,
  themeMethods,
  boardMethods,
  neighbourhoodMethods,
  priorityMethods,
  evidenceMethods,
  threadViewMethods,
  reviewWallMethods,
  neighbourhoodArchiveMethods,
  threadExportMethods,
  monitoringMethods,
  contactMethods,
  hubMethods,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]["input"]>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]["input"]>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]["output"]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
