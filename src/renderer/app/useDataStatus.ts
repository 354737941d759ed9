import type { DataStatus } from "../../api";
import { useCallResult, type Loaded } from "./useCallResult";

const NO_INPUT = {};

/** The data folder as the room reports it: backups, files moved aside, what happened at start. */
export function useDataStatus(): { status: Loaded<DataStatus>; reload: () => void } {
  const { result, reload } = useCallResult("data.status", NO_INPUT);
  return { status: result, reload };
}
