import { useCallback, useRef } from "react";

/** A blank press this soon after a send is the same press again (the second click of a double-click). */
const SAME_PRESS_MS = 1_000;

/** One form's part in sending: how to read, empty, send and (if refused) refill it. */
export interface FormSend<V> {
  /** The values to send, or what is missing (the form shows it and sends nothing). */
  read(): { value: V } | { problem: string };
  /** Whether nothing is typed in the form now. */
  isBlank(): boolean;
  /** Empties the form for the next entry: done as the command is sent, never when the answer comes. */
  clear(): void;
  /** Sends one command; true when the room took it (a refusal is shown by the form itself). */
  send(value: V): Promise<boolean>;
  /** Puts refused values back, only while nothing new has been typed. */
  restore(value: V): void;
  /** Shows (or with null, clears) the form's message. */
  say(problem: string | null): void;
}

/**
 * Every form that adds something: one press, one command. The form empties the moment its
 * command is sent, so whatever is typed next stays whatever the answer; a second press with
 * nothing typed just after the first (a double-click, Enter twice) sends nothing and says nothing;
 * a refused entry comes back into the form unless something new was typed meanwhile.
 */
export function useFormSend(): <V>(spec: FormSend<V>) => Promise<void> {
  const lastSent = useRef(Number.NEGATIVE_INFINITY);
  return useCallback(async <V,>(spec: FormSend<V>) => {
    if (spec.isBlank() && Date.now() - lastSent.current < SAME_PRESS_MS) return;
    const read = spec.read();
    if ("problem" in read) return spec.say(read.problem);
    spec.clear();
    spec.say(null);
    lastSent.current = Date.now();
    if (!(await spec.send(read.value)) && spec.isBlank()) spec.restore(read.value);
  }, []);
}
