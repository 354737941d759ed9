// CPU time and resident memory of another process (the built `hearth serve`), read from Linux's
// /proc; NaN elsewhere, so a figure shows it was not measured rather than a made-up 0.
import { readFileSync } from "node:fs";

/** utime + stime (fields 14 and 15 of /proc/PID/stat) in clock ticks; the name in field 2 may hold spaces and parentheses. */
export function ticksFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state), so utime (14) and stime (15) are fields[11] and fields[12].
  return Number(fields[11]) + Number(fields[12]);
}

/** VmRSS from /proc/PID/status, in bytes. */
export function rssFromStatus(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

/** Linux's USER_HZ: 100 on every architecture Node runs on. */
const TICK_MS = 10;

export function cpuMsOf(pid: number): number {
  try {
    return ticksFromStat(readFileSync(`/proc/${pid}/stat`, "utf8")) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

export function rssOf(pid: number): number {
  try {
    return rssFromStatus(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return Number.NaN;
  }
}
