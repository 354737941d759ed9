import { useCallback, useMemo, useRef, useState } from "react";
import {
  chunkByBytes,
  describeSkipped,
  EMPTY_STACKS,
  FRAME_PAYLOAD_BYTES,
  peekStep,
  pushStep,
  restoresFor,
  settleStep,
  stepFromResult,
  type BoardBefore,
  type BoardResult,
  type Direction,
  type Note,
  type SkippedEntity,
  type UndoStacks,
} from "../../../core";
import { newId, type MethodInput, type MethodName, type MethodOutput } from "../../../api";
import { useClient } from "../../app/ClientContext";

/** The commands whose answer is a BoardResult: each makes one undo step. */
export type BoardMethod = {
  [M in MethodName]: MethodOutput<M> extends BoardResult ? (M extends "board.restore" ? never : M) : never;
}[MethodName];

export interface BoardCommands {
  /** Sends a board command; on success its effect becomes one undo step (its id is returned, for an "Undo" toast). */
  run<M extends BoardMethod>(label: string, method: M, input: MethodInput<M>): Promise<RunOutcome>;
  /** Records a step for a command sent elsewhere (the note box's notes.add); returns its id. */
  record(label: string, before: BoardBefore, result: BoardResult): string | null;
  undo(stepId?: string): void;
  redo(): void;
}

export type RunOutcome = { ok: true; stepId: string | null } | { ok: false; message: string };

/** Restores travel in several frames when they must: each carries what a frame holds less its envelope. */
const RESTORE_BYTES = FRAME_PAYLOAD_BYTES;

/**
 * One person's board commands with undo and redo (the stacks are the pure ones in
 * core/undo.ts). Undo and redo run one at a time, in order, however fast the keys are pressed.
 */
export function useUndoableCommands(
  eventId: string,
  board: () => BoardBefore,
  remember: (notes: readonly Note[]) => void,
  say: (message: string) => void,
): { commands: BoardCommands; stacks: UndoStacks } {
  const client = useClient();
  const [stacks, setStacks] = useState<UndoStacks>(EMPTY_STACKS);
  const stacksRef = useRef(stacks);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const update = useCallback((change: (s: UndoStacks) => UndoStacks) => {
    stacksRef.current = change(stacksRef.current);
    setStacks(stacksRef.current);
  }, []);

  const record = useCallback(
    (label: string, before: BoardBefore, result: BoardResult): string | null => {
      const step = stepFromResult(newId(), label, before, result);
      update((s) => pushStep(s, step));
      return step?.id ?? null;
    },
    [update],
  );

  const run = useCallback(
    async <M extends BoardMethod>(label: string, method: M, input: MethodInput<M>): Promise<RunOutcome> => {
      const before = board();
      const r = await client.call(method, input);
      if (!r.ok) {
        say(r.error.message);
        return { ok: false, message: r.error.message };
      }
      const result = r.value as BoardResult;
      remember(result.notes);
      return { ok: true, stepId: record(label, before, result) };
    },
    [client, board, remember, record, say],
  );

  const travel = useCallback(
    (direction: Direction, stepId?: string) => {
      queue.current = queue.current.then(async () => {
        const step = peekStep(stacksRef.current, direction, stepId);
        if (!step) return;
        const skipped: SkippedEntity[] = [];
        for (const entities of chunkByBytes(restoresFor(step, direction), RESTORE_BYTES, 500)) {
          const r = await client.call("board.restore", { eventId, entities });
          if (!r.ok) {
            say(`Could not ${direction}: ${r.error.message}`);
            return;
          }
          remember(r.value.notes);
          skipped.push(...r.value.skipped);
        }
        update((s) => settleStep(s, direction, step, skipped));
        say(describeSkipped(direction, skipped) ?? `${direction === "undo" ? "Undone" : "Redone"}: ${step.label}.`);
      });
    },
    [client, eventId, remember, say, update],
  );

  const undo = useCallback((stepId?: string) => travel("undo", stepId), [travel]);
  const redo = useCallback(() => travel("redo"), [travel]);
  // Stable while the stacks change: cards hold the commands and must not re-render with each step.
  const commands = useMemo(() => ({ run, record, undo, redo }), [run, record, undo, redo]);
  return { commands, stacks };
}
