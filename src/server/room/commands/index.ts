import type { Handlers } from "../handler";
import { boardRestoreHandlers } from "./board-restore";
import { dataHandlers } from "./data";
import { eventHandlers } from "./events";
import { noteBoardHandlers } from "./note-board";
import { noteImportHandlers } from "./note-import";
import { noteHandlers } from "./notes";
import { actionHandlers } from "./actions";
import { archiveHandlers } from "./archives";
import { deviceHandlers } from "./devices";
import { eventDetailHandlers } from "./event-details";
import { privacyHandlers } from "./privacy";
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

/** Every method's handler, grouped by domain. */
export const handlers: Handlers = {
  ...eventHandlers,
  ...noteHandlers,
  ...eventDetailHandlers,
  ...stageHandlers,
  ...promptHandlers,
  ...runHandlers,
  ...templateHandlers,
  ...screenHandlers,
  ...deviceHandlers,
  ...roundHandlers,
  ...voteHandlers,
  ...actionHandlers,
  ...reportHandlers,
  ...reportExportHandlers,
  ...archiveHandlers,
  ...dataHandlers,
  ...privacyHandlers,
  ...noteBoardHandlers,
  ...noteImportHandlers,
  ...themeHandlers,
  ...boardRestoreHandlers,
  ...neighbourhoodHandlers,
  ...priorityHandlers,
  ...evidenceHandlers,
  ...threadViewHandlers,
  ...reviewWallHandlers,
  ...neighbourhoodArchiveHandlers,
};
