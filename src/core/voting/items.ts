import { isOnBoard } from "../board-view";
import type { Note } from "../note";
import type { Theme } from "../theme";
import type { RoundTarget, VoteRound } from "./round";

/**
 * Looks up the things a round votes on. EventState fits (`lookupIn(state)`); the server
 * passes lookups by id so a vote does not read the whole event.
 */
export interface ItemLookup {
  note(id: string): Note | undefined;
  theme(id: string): Theme | undefined;
}

export function lookupIn(state: { readonly note: ReadonlyMap<string, Note>; readonly theme: ReadonlyMap<string, Theme> }): ItemLookup {
  return { note: (id) => state.note.get(id), theme: (id) => state.theme.get(id) };
}

/** A voting item as screens show it. `label` is user text: render it as text, dir="auto". */
export interface RoundItem {
  readonly id: string;
  readonly label: string;
}

/** Longest chain of merges followed: a cycle in bad data must not hang a tally. */
const MAX_MERGE_DEPTH = 32;

/**
 * The item that now stands for `id`: a note merged into another counts for the survivor,
 * following the chain. Null when the item is gone (deleted, or not in this event).
 */
export function resolveItem(target: RoundTarget, id: string, lookup: ItemLookup): string | null {
  if (target === "themes") {
    const t = lookup.theme(id);
    return t && !t.deleted ? t.id : null;
  }
  let note = lookup.note(id);
  for (let depth = 0; note && note.mergedInto !== null && depth < MAX_MERGE_DEPTH; depth++) note = lookup.note(note.mergedInto);
  return note && !note.deleted && note.mergedInto === null ? note.id : null;
}

export function itemLabel(target: RoundTarget, id: string, lookup: ItemLookup): string {
  return (target === "themes" ? lookup.theme(id)?.title : lookup.note(id)?.text) ?? "";
}

/** The round's items as they stand now: merged ones folded into their survivor, removed ones left out, in the round's order. */
export function roundItems(round: Pick<VoteRound, "target" | "items">, lookup: ItemLookup): RoundItem[] {
  const seen = new Set<string>();
  const out: RoundItem[] = [];
  for (const id of round.items) {
    const resolved = resolveItem(round.target, id, lookup);
    if (resolved === null || seen.has(resolved)) continue;
    seen.add(resolved);
    out.push({ id: resolved, label: itemLabel(round.target, resolved, lookup) });
  }
  return out;
}

/**
 * The items a scope covers: for themes, the chosen ones (none chosen: all); for notes, those
 * under the chosen themes or prompts (none chosen: every note). Notes merged away, deleted
 * or still hidden by private writing are left out.
 */
export function itemsInScope(
  target: RoundTarget,
  scope: { readonly themeIds: readonly string[]; readonly promptIds: readonly string[] },
  all: { readonly notes: readonly Note[]; readonly themes: readonly Theme[] },
): string[] {
  const themeIds = new Set(scope.themeIds);
  if (target === "themes")
    return [...all.themes]
      .filter((t) => !t.deleted && (themeIds.size === 0 || themeIds.has(t.id)))
      .sort((a, b) => a.position - b.position)
      .map((t) => t.id);
  const promptIds = new Set(scope.promptIds);
  const everything = themeIds.size === 0 && promptIds.size === 0;
  return [...all.notes]
    .filter(isOnBoard)
    .filter((n) => everything || (n.themeId !== null && themeIds.has(n.themeId)) || (n.promptId !== null && promptIds.has(n.promptId)))
    .sort((a, b) => a.position - b.position || a.createdSeq - b.createdSeq)
    .map((n) => n.id);
}
