import { migration0010 } from "./0010-events-and-notes";
import { migration0020 } from "./0020-run-sheet-themes-actions";
import { migration0120 } from "./0120-report-drafts";
import { migration0130 } from "./0130-report-exports-and-uploads";
import type { Migration } from "./migration";

/** Every migration, in order. Add a file per step and list it here. */
export const migrations: readonly Migration[] = [migration0010, migration0020, migration0120, migration0130];
export type { Migration };
