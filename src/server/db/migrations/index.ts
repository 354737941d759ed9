import { migration0010 } from "./0010-events-and-notes";
import { migration0020 } from "./0020-run-sheet-themes-actions";
import { migration0070 } from "./0070-devices";
import type { Migration } from "./migration";

/** Every migration, in order. Add a file per step and list it here. */
export const migrations: readonly Migration[] = [migration0010, migration0020, migration0070];
export type { Migration };
