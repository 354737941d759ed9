// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { HearthClient, Listeners, type Transport } from "../../../../../src/api";
import type { Change } from "../../../../../src/core";
import { ClientProvider } from "../../../../../src/renderer/app/ClientContext";
import { useEventState } from "../../../../../src/renderer/app/useEventState";
import { PhoneBallot } from "../../../../../src/renderer/features/voting/PhoneBallot";
import { setUpI18n } from "../../../../../src/renderer/i18n/i18n";
import { FACILITATOR, type Actor } from "../../../../../src/server/room/actor";
import type { Room } from "../../../../../src/server/room/room";
import { Session } from "../../../../../src/server/room/session";
import { callOk, useRooms } from "../../../../server/support/room-fixture";
import { createRound, phone, votingEvent } from "../../../../server/support/voting-fixture";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A phone's connection to a real room, in process: frames go through a room Session as the
 * participant actor the join work will issue from a device token (JSON both ways, as on a socket).
 */
function phoneTransport(room: Room, actor: Actor): Transport {
  const changes = new Listeners<Change>();
  const session = new Session(room, actor, (frame) => changes.emit((JSON.parse(JSON.stringify(frame)) as { change: Change }).change));
  let id = 1;
  return {
    request: async (frame) => (JSON.parse(JSON.stringify(session.handle(JSON.parse(JSON.stringify({ ...frame, id: id++ }))))) as { result: never }).result,
    onChange: (l) => changes.add(l),
    onStatus: () => () => undefined,
    status: "online",
    pending: 0,
    close: () => session.close(),
  };
}

function Screen({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  return loaded.state === "ready" ? <PhoneBallot state={loaded.value} /> : <p>loading</p>;
}

const settle = () => act(async () => void (await new Promise((done) => setTimeout(done, 0))));

describe("PhoneBallot", () => {
  const rooms = useRooms();
  let root: Root | undefined;
  afterEach(() => act(() => root?.unmount()));

  /** The ballot as a phone in `lang` shows it, talking to the room as the participant `actor`. */
  async function mount(r: ReturnType<typeof rooms.start>, eventId: string, actor: Actor, lang = "en") {
    localStorage.setItem("hearth.lang", lang);
    const el = document.createElement("div");
    document.body.append(el);
    root = createRoot(el);
    const client = new HearthClient(phoneTransport(r.room, actor));
    await act(() =>
      root!.render(
        <I18nextProvider i18n={setUpI18n()}>
          <ClientProvider client={client}>
            <Screen eventId={eventId} />
          </ClientProvider>
        </I18nextProvider>,
      ),
    );
    await settle();
    await settle();
    const button = (name: string) => {
      const b = [...el.querySelectorAll("button")].find((x) => x.getAttribute("aria-label") === name);
      if (!b) throw new Error(`no button "${name}"`);
      return b;
    };
    const click = async (name: string) => {
      await act(() => button(name).click());
      await settle();
    };
    const alert = () => el.querySelector("[role=alert]")?.textContent ?? null;
    return { el, button, click, alert, text: () => el.textContent ?? "" };
  }
  const blocked = (b: HTMLButtonElement) => b.getAttribute("aria-disabled") === "true" && !b.disabled;

  it("places dots on the phone's own ballot, shows dots left and the caps, and confirms when all are placed", async () => {
    const r = rooms.start();
    const { event, notes } = votingEvent(r);
    const round = createRound(r, event.id, { dotsPerVoter: 3, maxPerItem: 2 });
    const [a, b] = [notes[0]!.text, notes[5]!.text];
    const screen = await mount(r, event.id, phone(1));
    expect(screen.text()).toContain("No vote is open right now.");

    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    await settle();
    await settle();
    expect(screen.text()).toContain("You have 3 dots. Put them on what matters most to you. Up to 2 dots on one item.");
    expect(screen.text()).toContain("Dots left: 3 of 3");
    await screen.click(`Add a dot: ${a}`);
    await screen.click(`Add a dot: ${a}`);
    expect(screen.text()).toContain("Dots left: 1 of 3");
    // At most 2 on one item: the "+" still answers a tap, with the reason, and sends nothing.
    expect(blocked(screen.button(`Add a dot: ${a}`))).toBe(true);
    await screen.click(`Add a dot: ${a}`);
    expect(screen.alert()).toBe("You can put at most 2 dots on one item.");
    await screen.click(`Add a dot: ${b}`);
    expect(screen.alert()).toBeNull();
    expect(screen.text()).toContain("All 3 dots placed. Thank you! You can move them until voting closes.");
    await screen.click(`Add a dot: ${notes[2]!.text}`);
    expect(screen.alert()).toBe("You have placed all 3 of your dots. Take one off another item to move it.");
    // The room has exactly those dots, on this phone's ballot.
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id }).dots).toEqual([
      { itemId: notes[0]!.id, dots: 2 },
      { itemId: notes[5]!.id, dots: 1 },
    ]);
    // Changing its mind: a dot moves.
    await screen.click(`Take a dot off: ${a}`);
    expect(screen.text()).toContain("Dots left: 1 of 3");
    await screen.click(`Add a dot: ${notes[3]!.text}`);

    // Another phone's dots never reach this one while the round is blind; the turnout does.
    callOk(r, phone(2), "votes.set", { roundId: round.id, itemId: notes[1]!.id, dots: 2 });
    await settle();
    expect(screen.el.querySelectorAll(".ballot__item--chosen")).toHaveLength(3);
    expect(screen.text()).toContain("So far: 2 voters, 5 dots. Results appear when the facilitator reveals them.");

    // Closed: the room refuses a tap sent before this phone heard of it, and the phone says why.
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    await act(() => screen.button(`Take a dot off: ${b}`).click());
    await settle();
    expect(screen.alert()).toBe("Voting has closed. Your 3 dots counted.");
    expect(screen.el.querySelectorAll("button")).toHaveLength(0);
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id }).dots).toHaveLength(3);

    // Revealed: the ranked results, ties as ties, with this phone's own dots marked.
    callOk(r, FACILITATOR, "rounds.reveal", { roundId: round.id });
    await settle();
    const rows = [...screen.el.querySelectorAll(".phone-results__item")].map((li) => li.textContent);
    expect(rows).toEqual([
      "1Lifts broken for weeks2 dots",
      "=2Damp and mould1 dotYour dots: 1",
      "=2No shelter at the bus stop1 dotYour dots: 1",
      "=2لا توجد إضاءة في الحديقة ليلاً1 dotYour dots: 1",
      "=5GP phone queue0 dots",
      "=5Nowhere for young people0 dots",
    ]);
  });

  it("speaks Polish on a Polish phone: the rules, dots left, the caps refused, plurals, and a close heard from the room", async () => {
    const r = rooms.start();
    const { event, notes } = votingEvent(r);
    const round = createRound(r, event.id, { dotsPerVoter: 5, maxPerItem: 3 });
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    const screen = await mount(r, event.id, phone(3), "pl");
    const [a, b] = [notes[0]!.text, notes[1]!.text];
    expect(screen.text()).toContain("Masz 5 kropek. Postaw je przy tym, co jest dla ciebie najważniejsze. Na jednej pozycji najwyżej 3 kropki.");
    expect(screen.text()).toContain("Wolne kropki: 5 z 5");
    for (let i = 0; i < 3; i++) await screen.click(`Dodaj kropkę: ${a}`);
    await screen.click(`Dodaj kropkę: ${a}`);
    expect(screen.alert()).toBe("Na jednej pozycji możesz postawić najwyżej 3 kropki.");
    await screen.click(`Dodaj kropkę: ${b}`);
    await screen.click(`Dodaj kropkę: ${b}`);
    expect(screen.text()).toContain("Postawiono wszystkie kropki (5). Dziękujemy!");
    await screen.click(`Dodaj kropkę: ${notes[2]!.text}`);
    expect(screen.alert()).toBe("Masz 5 kropek i wszystkie są już postawione. Zdejmij jedną z innej pozycji, aby ją przenieść.");
    expect(screen.text()).toContain("Do tej pory: 1 osoba, 5 kropek.");
    expect(screen.el.querySelector(".ballot__item--chosen .visually-hidden")?.textContent).toBe("3 kropki");

    callOk(r, FACILITATOR, "rounds.pause", { roundId: round.id });
    await settle();
    expect(screen.text()).toContain("Głosowanie jest wstrzymane. Poczekaj, aż prowadzący je wznowi.");
    expect(screen.button(`Zdejmij kropkę: ${a}`).disabled).toBe(true);
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    await settle();
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    // The tap left before the phone heard of the close: refused by the room in English, shown in Polish.
    await act(() => screen.button(`Zdejmij kropkę: ${a}`).click());
    await settle();
    expect(screen.alert()).toBe("Głosowanie zostało zakończone. Policzono twoje kropki (5).");
    // Reopened, the refusal no longer holds.
    callOk(r, FACILITATOR, "rounds.open", { roundId: round.id });
    await settle();
    expect(screen.alert()).toBeNull();
    expect(screen.text()).toContain("Wolne kropki: 0 z 5");
  });
});
