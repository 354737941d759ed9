import { useEffect, useState } from "react";

/** A small setting this device remembers between visits (the note-taker's table label). */
export function useDeviceSetting(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) ?? initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Storage may be off (private browsing): the label then lasts for this visit only.
    }
  }, [key, value]);
  return [value, setValue];
}
