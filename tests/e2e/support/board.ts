import { expect, type Locator, type Page } from "@playwright/test";
import { newId } from "../../../src/api";
import type { EventId } from "../../../src/core";
import { seedBoard } from "../../../scripts/bench/board-seed";
import { openDatabase } from "../../../src/server/db/open";
import { events, getEvent } from "../../../src/server/db/repos/events";
import { prompts, stages } from "../../../src/server/db/repos/run-sheet";
import type { Hearth } from "./hearth";

export type { SeedNote } from "../../../scripts/bench/board-seed";

/** An event with themes and notes, made through the room's own commands. */
export const seedEvent = (hearth: Hearth, seed: Parameters<typeof seedBoard>[1]): Promise<EventId> => seedBoard(hearth.url, seed);

/**
 * Gives the event a current stage (with private writing or not) and prompts: some on that
 * stage, some on another. Stages and prompts are created by another part of the app, so the
 * test writes the run sheet into the database while the room is stopped.
 */
export async function setRunSheet(
  hearth: Hearth,
  eventId: EventId,
  sheet: { privateWriting?: boolean; stagePrompts?: readonly string[]; otherPrompts?: readonly string[] },
): Promise<void> {
  await hearth.stop();
  const db = openDatabase(hearth.dataDir);
  try {
    const stage = (position: number, privateWriting: boolean) => {
      const id = newId();
      stages.insert(db, { id, eventId, position, kind: "capture", title: `Stage ${position}`, description: "", timerMinutes: 5, privateWriting, createdSeq: 0, updatedSeq: 0 });
      return id;
    };
    const earlier = stage(1, false);
    const current = stage(2, sheet.privateWriting ?? false);
    let position = 1;
    for (const text of sheet.otherPrompts ?? []) prompts.insert(db, { id: newId(), eventId, stageId: earlier, position: position++, text, createdSeq: 0, updatedSeq: 0 });
    for (const text of sheet.stagePrompts ?? []) prompts.insert(db, { id: newId(), eventId, stageId: current, position: position++, text, createdSeq: 0, updatedSeq: 0 });
    const event = getEvent(db, eventId);
    if (!event) throw new Error("no such event");
    events.update(db, { ...event, currentStageId: current });
  } finally {
    db.close();
  }
  await hearth.start();
}

/** Makes the event's current stage one with private writing. */
export const startPrivateWriting = (hearth: Hearth, eventId: EventId) => setRunSheet(hearth, eventId, { privateWriting: true });

export const eventUrl = (hearth: Hearth, eventId: string) => `${hearth.url}/#/events/${eventId}`;

/** The board's parts, found the way a person would: by their names. */
export function board(page: Page) {
  const unsorted = page.getByRole("list", { name: "Unsorted notes", exact: true });
  const theme = (title: string) => page.getByRole("region", { name: new RegExp(`^${title} \\(`) });
  const themeNotes = (title: string) => page.getByRole("list", { name: `Notes in ${title}`, exact: true });
  const note = (text: string, within: Locator | Page = page) => within.locator(".sticky", { has: page.locator(".sticky__text", { hasText: text }) });
  const face = (text: string, within: Locator | Page = page) => note(text, within).locator(".sticky__face");
  const liveRegion = page.locator("[id^=DndLiveRegion]");
  const tools = page.getByRole("toolbar", { name: "Board tools" });
  const undo = tools.getByRole("button", { name: "Undo" });
  const redo = tools.getByRole("button", { name: "Redo" });
  const messages = page.getByRole("status", { name: "Messages" });
  return { unsorted, theme, themeNotes, note, face, liveRegion, undo, redo, messages, box: page.getByLabel("New note") };
}

/**
 * During a keyboard drag, presses `key` until the live region says the note is over `target`.
 * The unsorted notes are a grid, so a note may pass its neighbours on the way to a theme. The
 * drag's keyboard listener is attached a moment after the pick-up is announced (a timer in
 * dnd-kit's sensor), so on a busy machine a first press can land before it: a press the live
 * region does not answer within a few seconds is pressed again.
 */
export async function arrowUntil(page: Page, liveRegion: Locator, target: RegExp, key = "ArrowRight", max = 8): Promise<void> {
  for (let i = 0; i < max; i++) {
    const before = (await liveRegion.textContent()) ?? "";
    await page.keyboard.press(key);
    const answered = await expect(liveRegion)
      .not.toHaveText(before, { timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (answered && target.test((await liveRegion.textContent()) ?? "")) return;
  }
  await expect(liveRegion).toHaveText(target);
}
