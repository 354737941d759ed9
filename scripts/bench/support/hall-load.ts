// The hall's load, run the same way against Hearth and against the bare floor: note-takers
// each adding a note every 2 s, phones each tapping a dot every 2–4 s, for a bounded window.
// Each device waits for its previous answer, as a phone does; a late answer counts from when
// the tap was due. Paint and delivery are matched by the note's text (Date.now(), one machine).
import { performance } from "node:perf_hooks";

export interface HallDevice {
  /** Sends one note; resolves true once acknowledged, false if refused. */
  note(text: string): Promise<boolean>;
  /** Places (or takes back) one dot; resolves as for note(). */
  tap(): Promise<boolean>;
}

export interface HallTarget {
  readonly name: string;
  noteTaker(): Promise<HallDevice>;
  voter(): Promise<HallDevice>;
}

export interface HallRun {
  readonly joinMs: number;
  /** Note acks from when each was due, and dot acks likewise (ms). */
  readonly noteAcks: number[];
  readonly dotAcks: number[];
  /** Wall-clock times (Date.now()) by note text: sent, acknowledged. */
  readonly sentAt: Map<string, number>;
  readonly ackedAt: Map<string, number>;
  readonly refused: number;
  readonly changes: number;
}

const NOTE_EVERY_MS = 2000;
const TAP_EVERY_MS = [2000, 4000] as const;
const JOIN_BATCH = 25;

const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));

export async function runHall(target: HallTarget, noteTakers: number, voters: number, windowMs: number): Promise<HallRun> {
  const joinStart = performance.now();
  const takers: HallDevice[] = [];
  const phones: HallDevice[] = [];
  // Devices arrive in waves, as a hall does after the QR code goes up.
  for (let i = 0; i < noteTakers; i += JOIN_BATCH) takers.push(...(await Promise.all(Array.from({ length: Math.min(JOIN_BATCH, noteTakers - i) }, () => target.noteTaker()))));
  for (let i = 0; i < voters; i += JOIN_BATCH) phones.push(...(await Promise.all(Array.from({ length: Math.min(JOIN_BATCH, voters - i) }, () => target.voter()))));
  const joinMs = performance.now() - joinStart;

  const run: HallRun = { joinMs, noteAcks: [], dotAcks: [], sentAt: new Map(), ackedAt: new Map(), refused: 0, changes: 0 };
  let refused = 0;
  let changes = 0;
  const start = performance.now() + 200;
  const end = start + windowMs;
  const noteLoop = async (device: HallDevice, t: number) => {
    let due = start + Math.random() * NOTE_EVERY_MS;
    for (let n = 0; due < end; n++, due += NOTE_EVERY_MS) {
      await sleepUntil(due);
      const text = `Hall note ${t}-${n}: the lifts in Brook House`;
      run.sentAt.set(text, Date.now());
      const ok = await device.note(text);
      run.noteAcks.push(performance.now() - due);
      run.ackedAt.set(text, Date.now());
      ok ? changes++ : refused++;
    }
  };
  const tapLoop = async (device: HallDevice) => {
    const gap = () => TAP_EVERY_MS[0] + Math.random() * (TAP_EVERY_MS[1] - TAP_EVERY_MS[0]);
    for (let due = start + Math.random() * gap(); due < end; due += gap()) {
      await sleepUntil(due);
      const ok = await device.tap();
      run.dotAcks.push(performance.now() - due);
      ok ? changes++ : refused++;
    }
  };
  await Promise.all([...takers.map((d, t) => noteLoop(d, t)), ...phones.map((d) => tapLoop(d))]);
  return { ...run, refused, changes };
}
