import type { HearthEvent } from "../../../core";
import { useCallResult, type Loaded } from "../../app/useCallResult";

export type { Loaded } from "../../app/useCallResult";

const NO_INPUT = {};

export function useEvents(): { events: Loaded<HearthEvent[]>; reload: () => void } {
  const { result, reload } = useCallResult("events.list", NO_INPUT);
  return { events: result, reload };
}
