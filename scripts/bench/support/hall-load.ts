// The hall's load, run the same way against Hearth and against the bare floor: note-takers
// each adding a note every 2 s, phones each tapping a dot every 2–4 s, for a bounded window.
// Each device waits for its previous answer, as a phone does; a late answer counts from when
// the tap was due. Paint and delivery are matched by the note's text (Date.now(), one machine).
import { performance } from "node:perf_hooks";

export interface HallDevice {
  /** Sends one note; resolves true once acknowledged, or the refusal's code. */
  note(text: string): Promise<true | string>;
  /** Places (or takes back) one dot; resolves as for note(). */
  tap(): Promise<true | string>;
}

export interface HallTarget {
  readonly name: string;
  noteTaker(): Promise<HallDevice>;
  voter(): Promise<HallDevice>;
}

export interface HallRun {
  readonly joinMs: number;
  /** Devices whose join was not answered within JOIN_TIMEOUT_MS (they take no part). */
  readonly notJoined: number;
  /** Notes and dots with no answer within ANSWER_TIMEOUT_MS. */
  readonly unanswered: number;
  /** Note acks from when each was due, and dot acks likewise (ms). */
  readonly noteAcks: number[];
  readonly dotAcks: number[];
  /** Wall-clock times (Date.now()) by note text: sent, acknowledged. */
  readonly sentAt: Map<string, number>;
  readonly ackedAt: Map<string, number>;
  readonly refused: number;
  /** Refusals by their code, e.g. "rate_limited × 12". */
  readonly refusals: Map<string, number>;
  readonly changes: number;
}

const NOTE_EVERY_MS = 2000;
const TAP_EVERY_MS = [2000, 4000] as const;
const JOIN_BATCH = 25;
const JOIN_TIMEOUT_MS = 60_000;
const ANSWER_TIMEOUT_MS = 30_000;

/** The promise's value, or `late` if it has not settled within `ms` (a rejection counts as late too). */
export function within<T, L>(promise: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<L>((resolve) => (timer = setTimeout(() => resolve(late), ms)));
  return Promise.race([promise.catch(() => late), timeout]).finally(() => clearTimeout(timer));
}

const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));

export async function runHall(target: HallTarget, noteTakers: number, voters: number, windowMs: number): Promise<HallRun> {
  const joinStart = performance.now();
  // Devices arrive in waves, as a hall does after the QR code goes up; a join left unanswered is given up on.
  const join = async (count: number, one: () => Promise<HallDevice>): Promise<HallDevice[]> => {
    const joined: HallDevice[] = [];
    for (let i = 0; i < count; i += JOIN_BATCH)
      for (const d of await Promise.all(Array.from({ length: Math.min(JOIN_BATCH, count - i) }, () => within(one(), JOIN_TIMEOUT_MS, undefined)))) if (d) joined.push(d);
    return joined;
  };
  const takers = await join(noteTakers, () => target.noteTaker());
  const phones = await join(voters, () => target.voter());
  const joinMs = performance.now() - joinStart;
  const notJoined = noteTakers + voters - takers.length - phones.length;

  const run: HallRun = { joinMs, notJoined, unanswered: 0, noteAcks: [], dotAcks: [], sentAt: new Map(), ackedAt: new Map(), refused: 0, refusals: new Map(), changes: 0 };
  const count = (ok: true | string) => {
    if (ok === true) return changes++;
    refused++;
    run.refusals.set(ok, (run.refusals.get(ok) ?? 0) + 1);
  };
  let refused = 0;
  let unanswered = 0;
  let changes = 0;
  const start = performance.now() + 200;
  const end = start + windowMs;
  const noteLoop = async (device: HallDevice, t: number) => {
    let due = start + Math.random() * NOTE_EVERY_MS;
    for (let n = 0; due < end; n++, due += NOTE_EVERY_MS) {
      await sleepUntil(due);
      const text = `Hall note ${t}-${n}: the lifts in Brook House`;
      run.sentAt.set(text, Date.now());
      const ok = await within(device.note(text), ANSWER_TIMEOUT_MS, "late" as const);
      if (ok === "late") {
        unanswered++;
        continue;
      }
      run.noteAcks.push(performance.now() - due);
      run.ackedAt.set(text, Date.now());
      count(ok);
    }
  };
  const tapLoop = async (device: HallDevice) => {
    const gap = () => TAP_EVERY_MS[0] + Math.random() * (TAP_EVERY_MS[1] - TAP_EVERY_MS[0]);
    for (let due = start + Math.random() * gap(); due < end; due += gap()) {
      await sleepUntil(due);
      const ok = await within(device.tap(), ANSWER_TIMEOUT_MS, "late" as const);
      if (ok === "late") {
        unanswered++;
        continue;
      }
      run.dotAcks.push(performance.now() - due);
      count(ok);
    }
  };
  await Promise.all([...takers.map((d, t) => noteLoop(d, t)), ...phones.map((d) => tapLoop(d))]);
  return { ...run, refused, changes, unanswered };
}
