import { migration0010 } from "./0010-events-and-notes";
import { migration0020 } from "./0020-run-sheet-themes-actions";
import { migration0030 } from "./0030-neighbourhoods-and-partnerships";
import { migration0040 } from "./0040-custom-templates";
import { migration0050 } from "./0050-note-import-parts";
import { migration0060 } from "./0060-note-author-and-board-indexes";
import { migration0070 } from "./0070-devices";
import { migration0100 } from "./0100-dot-voting";
import { migration0120 } from "./0120-report-drafts";
import { migration0130 } from "./0130-report-exports-and-uploads";
import { migration0140 } from "./0140-privacy-and-sequence";
import { migration0160 } from "./0160-projector-screen";
import { migration0260 } from "./0260-device-table";
import { migration0300 } from "./0300-neighbourhood-thread";
import { migration0400 } from "./0400-notes-kept-once";
import { migration0450 } from "./0450-change-feed-scope";
import { migration0500 } from "./0500-about-you-counts";
import { migration0510 } from "./0510-resident-contacts";
import { migration0520 } from "./0520-partnership-hub";
import { migration0530 } from "./0530-thread-exports";
import type { Migration } from "./migration";

/** Every migration, in order. Add a file per step and list it here. */
export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0100,
  migration0120,
  migration0130,
  migration0140,
  migration0160,
  migration0260,
  migration0300,
  migration0400,
  migration0450,
  migration0500,
  migration0510,
  migration0520,
  migration0530,
];
export type { Migration };
