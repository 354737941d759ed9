// 200 voters each place 5 dots within the same 10 seconds. Every dot must be recorded once
// (5% of taps are sent twice with the same command id, as after a dropped connection); we
// report the p95 time from when a dot was due to its acknowledgement, and how long the wall
// takes to show the final count after the last dot.
//
// Two runs, named apart in the figures: the main one over real WebSocket sessions (phones
// joined with the participants' token, the wall with the projector's; support/voting-sockets.ts),
// then the same load calling the Room in process (support/voting-in-process.ts), which shows
// the room's own share of the time, and is the socket run's baseline for the dot's ack. Each run
// is bounded (a deadline and a settle timeout).
import type { Bench, BenchFigure } from "./figure";
import { votingInProcess } from "./support/voting-in-process";
import { votingOverSockets } from "./support/voting-sockets";

export const bench: Bench = async () => {
  const sockets = await votingOverSockets();
  const inProcess = await votingInProcess();
  const floorOf = (f: BenchFigure) => inProcess.find((g) => g.name.startsWith("dot ack p95") && f.name.startsWith("dot ack p95"))?.value;
  return [...sockets.map((f) => (floorOf(f) === undefined ? f : { ...f, baseline: floorOf(f) })), ...inProcess];
};
