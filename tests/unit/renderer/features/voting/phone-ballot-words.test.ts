// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { problemWords, rulesWords, turnoutWords, type BallotProblem } from "../../../../../src/renderer/features/voting/phone-ballot-words";
import { setUpI18n } from "../../../../../src/renderer/i18n/i18n";
import { eventId } from "../../../support/ids";

const round = { status: "open" as const, timer: null, dotsPerVoter: 3, maxPerItem: 2 };
const add = (itemId: string) => ({ op: "add" as const, itemId });
const room = (code: string, message: string, op = add("a")): BallotProblem => ({ kind: "room", error: { code: code as never, message }, op });

function phoneIn(lang: string) {
  localStorage.setItem("hearth.lang", lang);
  return setUpI18n().t;
}

describe("the phone ballot's words for a refused tap", () => {
  it("words the room's refusals by their code and what the phone knows, in Polish", () => {
    const t = phoneIn("pl");
    const words = (p: BallotProblem, r: Parameters<typeof problemWords>[2] = round, placed = new Map<string, number>()) => problemWords(t, p, r, placed, 0);
    // "conflict": the round is not open; once the feed has caught up, the phone knows why.
    expect(words(room("conflict", "Voting has closed."), { ...round, status: "closed" })).toBe("Głosowanie zostało zakończone.");
    expect(words(room("conflict", "Voting is paused. Wait for the facilitator to start it again."), { ...round, status: "paused" })).toBe(
      "Głosowanie jest wstrzymane. Poczekaj, aż prowadzący je wznowi.",
    );
    // Before it has caught up, it still does not show English.
    expect(words(room("conflict", "Voting has closed."))).toBe("Głosowanie nie jest teraz otwarte.");
    // "invalid_input": the caps, checked again against the dots the room confirmed.
    expect(words(room("invalid_input", "You have placed all 3 of your dots. Take one off another item to move it."), round, new Map([["b", 2], ["c", 1]]))).toBe(
      "Masz 3 kropki i wszystkie są już postawione. Zdejmij jedną z innej pozycji, aby ją przenieść.",
    );
    expect(words(room("invalid_input", "You can put at most 2 dots on one item."), round, new Map([["a", 2]]))).toBe(
      "Na jednej pozycji możesz postawić najwyżej 2 kropki.",
    );
    expect(words(room("invalid_input", "…"), { ...round, maxPerItem: 1 }, new Map([["a", 1]]))).toBe(
      "Masz już kropkę na tej pozycji: w tym głosowaniu jedna kropka na pozycję.",
    );
    expect(words(room("not_found", "That item is no longer on the board."))).toBe("Tej pozycji nie ma już na tablicy.");
    expect(words(room("forbidden", "Only participants may do that."))).toBe("To urządzenie nie może głosować.");
    // A refusal the phone cannot explain is said by its code, never in the room's English.
    expect(words(room("invalid_input", "That item is not part of this vote."))).toBe("Nie policzono: Tego nie przyjęto. Sprawdź i spróbuj ponownie.");
    expect(words(room("unavailable", "The connection was closed."))).toBe(
      "Nie policzono: Komputer prowadzącego nie mógł tego zapisać. Nic się nie zmieniło; spróbuj ponownie za chwilę.",
    );
    // Refusals the phone made itself.
    expect(words({ kind: "cap", reason: "noDot" })).toBe("Na tej pozycji nie masz kropki do zdjęcia.");
    expect(words({ kind: "closed", reason: "timeUp" })).toBe("Czas na głosowanie minął.");
  });

  it("counts in the phone's language: Polish one, few, many; English one and other", () => {
    const pl = phoneIn("pl");
    expect([1, 2, 5, 22, 25].map((n) => pl("ballot.dots", { count: n }))).toEqual(["1 kropka", "2 kropki", "5 kropek", "22 kropki", "25 kropek"]);
    expect(turnoutWords(pl, { id: "round_1", eventId: eventId("evt_1"), voters: 2, dots: 17, phoneVoters: 2, paperDots: 0 })).toBe("Do tej pory: 2 osoby, 17 kropek.");
    expect(turnoutWords(pl, undefined)).toBe("Do tej pory: 0 osób, 0 kropek.");
    expect(rulesWords(pl, { dotsPerVoter: 1, maxPerItem: 1 }, "4:05")).toBe(
      "Masz 1 kropkę. Postaw ją przy tym, co jest dla ciebie najważniejsze. Na jednej pozycji najwyżej jedna kropka. Na głosowanie zostało 4:05.",
    );
    const en = phoneIn("en");
    expect(turnoutWords(en, { id: "round_1", eventId: eventId("evt_1"), voters: 1, dots: 1, phoneVoters: 1, paperDots: 0 })).toBe("So far: 1 voter, 1 dot.");
    // A resident's words inside a message stay as they were typed, even when they look like the catalogue's own syntax.
    expect(en("ballot.add", { item: "{{count}} $t(ballot.idle) <b>x</b>" })).toBe("Add a dot: {{count}} $t(ballot.idle) <b>x</b>");
    expect(problemWords(en, { kind: "cap", reason: "budget" }, { ...round, dotsPerVoter: 1, maxPerItem: 1 }, new Map(), 0)).toBe(
      "You have placed your only dot. Take it off to move it.",
    );
  });

  it("says every refusal in Arabic, the dual included", () => {
    const ar = phoneIn("ar");
    expect(ar("ballot.closed.closed")).toBe("انتهى التصويت.");
    expect(problemWords(ar, { kind: "cap", reason: "perItem" }, round, new Map(), 0)).toBe("يمكنك وضع نقطتين على الأكثر على بند واحد.");
  });
});
