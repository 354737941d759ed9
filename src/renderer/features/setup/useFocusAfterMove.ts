import { useEffect, useRef } from "react";

/**
 * Keeps keyboard focus on a "Move up"/"Move down" button after its item has moved: React may
 * move the focused button's element, which drops focus. `order` is the list's ids in order;
 * when it changes, the remembered button (or, at an end of the list, its partner) is focused.
 */
export function useFocusAfterMove(order: string) {
  const pending = useRef<{ key: string; fallback: string } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    const find = (key: string) => document.querySelector<HTMLButtonElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    const button = find(p.key);
    (button && !button.disabled ? button : find(p.fallback))?.focus();
  }, [order]);
  return (id: string, direction: "up" | "down") => {
    pending.current = { key: `${id}:${direction}`, fallback: `${id}:${direction === "up" ? "down" : "up"}` };
  };
}
