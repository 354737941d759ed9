import { addDays } from "../event";
import { countKey } from "./counts";
import type { MonitoringSet } from "./set";
import { suppressOne, SMALL_BELOW, type Shown } from "./suppress";

/** One target group against what was heard: the count suppressed like every other. */
export interface TargetReach {
  readonly label: string;
  readonly questionId: string;
  readonly optionId: string;
  readonly hopedFor: number;
  readonly heard: Shown;
  /** Met only when the count reaches the hope and is not itself a small number (so "met" tells nothing "fewer than 5" hides). */
  readonly met: boolean;
}

function reachOf(label: string, questionId: string, optionId: string, hopedFor: number, n: number): TargetReach {
  return { label, questionId, optionId, hopedFor, heard: suppressOne(n), met: n >= hopedFor && n >= SMALL_BELOW };
}

/** An event's target groups against its counts (phone and paper together). */
export function targetReach(set: MonitoringSet, counts: ReadonlyMap<string, number>): TargetReach[] {
  return set.targets.map((t) => reachOf(t.label, t.questionId, t.optionId, t.hopedFor, counts.get(countKey(t.questionId, t.optionId)) ?? 0));
}

/** One event of a neighbourhood, with its set and its counts. */
export interface EventReachInput {
  readonly date: string;
  readonly set: MonitoringSet;
  readonly counts: ReadonlyMap<string, number>;
}

export interface GroupNotHeard {
  readonly label: string;
  readonly questionId: string;
  readonly optionId: string;
  /** The date of the last event that heard from them, or null: never. */
  readonly lastHeard: string | null;
}

export interface NeighbourhoodReach {
  /** Each target group across the events that aimed for it: their hopes and their counts added up. */
  readonly targets: readonly TargetReach[];
  /** Target groups no event of the last six months (up to `today`) heard from. */
  readonly notHeard: readonly GroupNotHeard[];
}

const SIX_MONTHS_DAYS = 183;

/** Reach across a neighbourhood's events (only those whose "About you" set is on). */
export function neighbourhoodReach(events: readonly EventReachInput[], today: string): NeighbourhoodReach {
  const since = addDays(today, -SIX_MONTHS_DAYS);
  const groups = new Map<string, { label: string; questionId: string; optionId: string; hopedFor: number; heard: number; lastHeard: string | null; recent: number }>();
  const asked = [...events].filter((e) => e.set.enabled).sort((a, b) => a.date.localeCompare(b.date));
  for (const e of asked) {
    for (const t of e.set.targets) {
      const key = countKey(t.questionId, t.optionId);
      const g = groups.get(key) ?? { label: t.label, questionId: t.questionId, optionId: t.optionId, hopedFor: 0, heard: 0, lastHeard: null, recent: 0 };
      g.label = t.label; // the latest wording
      g.hopedFor += t.hopedFor;
      groups.set(key, g);
    }
  }
  // What each group was heard, from every event that asked the question (not only those that aimed for it).
  for (const e of asked) {
    for (const [key, g] of groups) {
      if (!e.set.questions.some((q) => q.id === g.questionId)) continue;
      const n = e.counts.get(key) ?? 0;
      g.heard += n;
      if (n > 0) g.lastHeard = e.date;
      if (n > 0 && e.date >= since && e.date <= today) g.recent += n;
    }
  }
  const all = [...groups.values()];
  return {
    targets: all.map((g) => reachOf(g.label, g.questionId, g.optionId, g.hopedFor, g.heard)),
    notHeard: all.filter((g) => g.recent === 0).map((g) => ({ label: g.label, questionId: g.questionId, optionId: g.optionId, lastHeard: g.lastHeard })),
  };
}
