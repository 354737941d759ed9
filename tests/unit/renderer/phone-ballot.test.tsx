// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { HearthClient, Listeners, type Transport } from "../../../src/api";
import type { Change } from "../../../src/core";
import { ClientProvider } from "../../../src/renderer/app/ClientContext";
import { useEventState } from "../../../src/renderer/features/board/useEventState";
import { PhoneBallot } from "../../../src/renderer/features/voting/PhoneBallot";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import type { Room } from "../../../src/server/room/room";
import { Session } from "../../../src/server/room/session";
import { callOk, useRooms } from "../../server/support/room-fixture";
import { createRound, phone, votingEvent } from "../../server/support/voting-fixture";

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

  async function mount(r: ReturnType<typeof rooms.start>, eventId: string, actor: Actor) {
    const el = document.createElement("div");
    document.body.append(el);
    root = createRoot(el);
    await act(() => root!.render(<ClientProvider client={new HearthClient(phoneTransport(r.room, actor))}><Screen eventId={eventId} /></ClientProvider>));
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
    return { el, button, click, text: () => el.textContent ?? "" };
  }

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
    expect(screen.text()).toContain("Dots left: 3 of 3");
    await screen.click(`Add a dot: ${a}`);
    await screen.click(`Add a dot: ${a}`);
    expect(screen.text()).toContain("Dots left: 1 of 3");
    expect(screen.button(`Add a dot: ${a}`).disabled).toBe(true); // at most 2 on one item
    await screen.click(`Add a dot: ${b}`);
    expect(screen.text()).toContain("All 3 dots placed. Thank you! You can move them until voting closes.");
    expect(screen.button(`Add a dot: ${notes[2]!.text}`).disabled).toBe(true);
    // The room has exactly those dots, on this phone's ballot.
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id }).dots).toEqual([
      { itemId: notes[0]!.id, dots: 2 },
      { itemId: notes[5]!.id, dots: 1 },
    ]);
    // Changing its mind: a dot moves.
    await screen.click(`Take a dot off: ${a}`);
    expect(screen.text()).toContain("Dots left: 1 of 3");
    await screen.click(`Add a dot: ${notes[3]!.text}`);

    // Another phone's dots never reach this one while the round is blind.
    callOk(r, phone(2), "votes.set", { roundId: round.id, itemId: notes[1]!.id, dots: 2 });
    await settle();
    expect(screen.el.querySelectorAll(".ballot__item--chosen")).toHaveLength(3);

    // Closed: the room refuses a tap sent before this phone heard of it, in words the phone shows.
    callOk(r, FACILITATOR, "rounds.close", { roundId: round.id });
    await act(() => screen.button(`Take a dot off: ${b}`).click());
    await settle();
    expect(screen.el.querySelector("[role=alert]")?.textContent).toBe("Voting has closed.");
    expect(screen.text()).toContain("Your 3 dots counted.");
    expect(screen.button(`Add a dot: ${notes[4]!.text}`).disabled).toBe(true);
    expect(callOk(r, phone(1), "votes.mine", { roundId: round.id }).dots).toHaveLength(3);
  });
});
