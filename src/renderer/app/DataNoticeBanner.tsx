import { QuarantineNoticeView } from "../ui/QuarantineNotice";
import { useDataStatus } from "./useDataStatus";

/** On the events page: says so at once when the data file was damaged at start, and points to the backup. */
export function DataNoticeBanner() {
  const { status } = useDataStatus();
  if (status.state !== "ready" || !status.value.notice) return null;
  return <QuarantineNoticeView notice={status.value.notice} />;
}
