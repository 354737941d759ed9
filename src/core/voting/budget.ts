/** The budget helper never suggests more: beyond about 20 dots people stop choosing and start scattering. */
export const MAX_SUGGESTED_DOTS = 20;

export interface DotBudget {
  readonly dots: number;
  /** One sentence a facilitator can read out. */
  readonly explanation: string;
}

/**
 * Dots per person for a number of items, as dot voting is usually run: about a third of the
 * items, rounded down, at least 1 and at most 20.
 */
export function suggestDotBudget(itemCount: number): DotBudget {
  const n = Math.max(0, Math.floor(itemCount));
  if (n === 0) return { dots: 1, explanation: "There are no items yet; 1 dot each until there is something to choose between." };
  const third = Math.floor(n / 3);
  const items = `${n} ${n === 1 ? "item" : "items"}`;
  if (third < 1) return { dots: 1, explanation: `With only ${items}, 1 dot each is enough to choose.` };
  if (third > MAX_SUGGESTED_DOTS)
    return {
      dots: MAX_SUGGESTED_DOTS,
      explanation: `With ${items}, a third would be ${third} dots, so ${MAX_SUGGESTED_DOTS}: more than that is hard to place with care.`,
    };
  return {
    dots: third,
    explanation: `With ${items}, about a third, rounded down, is ${third} ${third === 1 ? "dot" : "dots"} per person.`,
  };
}
