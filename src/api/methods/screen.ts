import { Screen, ScreenSetInput } from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

export const screenMethods = {
  /** Changes what the projector shows: view, spotlight, contrast, join code. */
  "screen.set": command(ScreenSetInput, Screen, FACILITATOR_ONLY),
} as const;
