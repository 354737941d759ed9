import type { StageKind } from "../stage";
import type { TemplateStage } from "./template";

/** A template stage in one line: most stages are public and carry no prompts. */
export function stage(
  kind: StageKind,
  title: string,
  description: string,
  timerMinutes: number | null,
  prompts: readonly string[] = [],
  privateWriting = false,
): TemplateStage {
  return { kind, title, description, timerMinutes, privateWriting, prompts: [...prompts] };
}
