import { joinMethodMaps } from "../../../api";
import type { Handlers } from "../handler";
import { boardHandlers } from "./board";
import { dataHandlers } from "./data";
import { eventHandlers } from "./events";
import { noteHandlers } from "./notes";
import { actionHandlers } from "./actions";
import { archiveHandlers } from "./archives";
import { deviceHandlers } from "./devices";
import { nameHandlers } from "./names";
import { promptHandlers } from "./prompts";
import { reportExportHandlers } from "./report-exports";
import { reportHandlers } from "./reports";
import { roundHandlers } from "./rounds";
import { runHandlers } from "./run";
import { stageHandlers } from "./stages";
import { screenHandlers } from "./screen";
import { templateHandlers } from "./templates";
import { themeHandlers } from "./themes";
import { voteHandlers } from "./votes";
import { evidenceHandlers } from "./evidence";
import { neighbourhoodHandlers } from "./neighbourhoods";
import { priorityHandlers } from "./priorities";
import { threadViewHandlers } from "./thread-view";
import { reviewWallHandlers } from "./review-wall";
import { neighbourhoodArchiveHandlers } from "./neighbourhood-archives";
import { threadExportHandlers } from "./thread-exports";
import { monitoringHandlers } from "./monitoring";
import { contactHandlers } from "./contacts";
import { hubHandlers } from "./hub";

/** Every method's handler, grouped by domain; a method handled twice stops Hearth at start-up. */
export const handlers: Handlers = joinMethodMaps(
  "room's handlers",
  eventHandlers,
  noteHandlers,
  nameHandlers,
  stageHandlers,
  promptHandlers,
  runHandlers,
  templateHandlers,
  screenHandlers,
  deviceHandlers,
  roundHandlers,
  voteHandlers,
  actionHandlers,
  reportHandlers,
  reportExportHandlers,
  archiveHandlers,
  dataHandlers,
  themeHandlers,
  boardHandlers,
  neighbourhoodHandlers,
  priorityHandlers,
  evidenceHandlers,
  threadViewHandlers,
  reviewWallHandlers,
  neighbourhoodArchiveHandlers,
  threadExportHandlers,
  monitoringHandlers,
  contactHandlers,
  hubHandlers,
);
