import { migration0010 } from "./0010-events-and-notes";
import { migration0020 } from "./0020-run-sheet-themes-actions";
import { migration0140 } from "./0140-privacy-and-sequence";
import type { Migration } from "./migration";

/** Every migration, in order. Add a file per step and list it here. */
export const migrations: readonly Migration[] = [migration0010, migration0020, migration0140];
export type { Migration };
