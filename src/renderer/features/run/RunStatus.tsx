import { orderedStages, type EventState } from "../../../core";
import { chooseContent, screenOf } from "../../app/choose-view";
import { usePolled } from "../../app/usePolled";

/** How many joined devices are connected now (devices are not in the change feed, so this asks). */
function useDevicesIn(eventId: string): number | null {
  const status = usePolled("join.status", { eventId }, eventId);
  return status && status.devices.filter((d) => d.state === "approved" && d.online).length;
}

const WALL_NAMES = { notes: "the notes", themes: "the themes", results: "the vote", stage: "the stage", private: "private writing" } as const;

/** What the wall shows now, in a few words. */
export function wallSummary(state: EventState): string {
  const screen = screenOf(state);
  const content = chooseContent(state);
  if (content.kind === "blank") return "blank";
  if (content.kind === "spotlight-note" || content.kind === "spotlight-theme") return "a spotlight";
  return `${WALL_NAMES[content.kind]}${screen.view === "auto" ? " (following the stage)" : ""}`;
}

/** The line under the run bar: the next stage, what the projector shows and how many devices are in. */
export function RunStatus({ state }: { state: EventState }) {
  const devices = useDevicesIn(state.event.id);
  const stages = orderedStages(state.stage.values());
  const index = stages.findIndex((s) => s.id === state.event.currentStageId);
  const next = state.event.status === "closed" ? undefined : stages[index + 1];
  return (
    <ul className="run-status" aria-label="The evening at a glance">
      <li>
        <span className="run-status__label">Next:</span> {next ? <bdi>{next.title}</bdi> : index === -1 ? "—" : "the end"}
      </li>
      <li>
        <span className="run-status__label">Projector shows:</span> {wallSummary(state)}
      </li>
      <li>
        <span className="run-status__label">Devices in:</span> <span data-testid="devices-in">{devices ?? "…"}</span>
      </li>
    </ul>
  );
}
