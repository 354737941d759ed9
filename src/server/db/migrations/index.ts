import { migration0010 } from "./0010-events-and-notes";
import { migration0020 } from "./0020-run-sheet-themes-actions";
import { migration0050 } from "./0050-note-import-parts";
import { migration0060 } from "./0060-note-author-and-board-indexes";
import type { Migration } from "./migration";

/** Every migration, in order. Add a file per step and list it here. */
export const migrations: readonly Migration[] = [migration0010, migration0020, migration0050, migration0060];
export type { Migration };
