import { BoardResult, ThemeCreateInput, ThemeDeleteInput, ThemeUpdateInput } from "../../core";
import { command, NOTE_WRITERS } from "./define";

/** Themes on the board: making, renaming, colouring, folding, ordering and deleting them. */
export const themeMethods = {
  "themes.create": command(ThemeCreateInput, BoardResult, NOTE_WRITERS),
  "themes.update": command(ThemeUpdateInput, BoardResult, NOTE_WRITERS),
  "themes.delete": command(ThemeDeleteInput, BoardResult, NOTE_WRITERS),
} as const;
