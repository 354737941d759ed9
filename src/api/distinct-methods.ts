type Joined<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Joined<R> : unknown;

/**
 * Joins per-domain maps keyed by method name (the contract's definitions, the room's
 * handlers) into one. A name defined in two maps is a mistake a spread would hide (the later
 * silently wins), so it stops Hearth at start-up instead, naming the method.
 */
export function joinMethodMaps<const T extends readonly object[]>(what: string, ...maps: T): Joined<T> {
  const joined: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, value] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) throw new Error(`The method "${name}" is defined twice in the ${what}.`);
      joined[name] = value;
    }
  }
  return joined as Joined<T>;
}
