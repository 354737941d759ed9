// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { defaultMonitoringSet, type Change, type HearthEvent, type VoteRound } from "../../../../src/core";
import { HearthClient, Listeners, type OutgoingFrame, type Transport } from "../../../../src/api";
import { ClientProvider } from "../../../../src/renderer/app/ClientContext";
import { DeviceHome } from "../../../../src/renderer/pages/DeviceHome";
import { setUpI18n } from "../../../../src/renderer/i18n/i18n";
import { deviceId, eventId, roundId } from "../../support/ids";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EVENT = eventId("evt_about_you1");
const event: HearthEvent = {
  id: EVENT, kind: "listening", title: "Elm Road", neighbourhood: "", partnership: "", venue: "", date: "2026-11-14", status: "live",
  feedbackDueOn: "2026-11-24", currentStageId: null, timer: null, attribution: false, retentionMonths: null, createdSeq: 1, updatedSeq: 1,
};
const round = (status: VoteRound["status"], seq: number): VoteRound => ({
  id: roundId("round_about_01"), eventId: EVENT, title: "Residents' round", target: "notes", themeIds: [], promptIds: [], items: [],
  fixedItems: true, dotsPerVoter: 2, maxPerItem: 1, blind: true, timer: null, status, final: false, runoffOf: null, createdSeq: 5, updatedSeq: seq,
});

/** A room stand-in whose event asks "About you"; it records the methods called. */
function fakeRoom() {
  const changes = new Listeners<Change>();
  const called: string[] = [];
  const transport: Transport = {
    request: async (frame: OutgoingFrame) => {
      if (frame.type !== "call") return { ok: true, value: null };
      called.push(frame.method);
      if (frame.method === "events.snapshot")
        return { ok: true, value: { event, stage: [], prompt: [], note: [], theme: [], action: [], screen: [], round: [round("open", 5)], ballot: [], paperCount: [], turnout: [], seq: 5, serverTime: 0 } };
      if (frame.method === "monitoring.set") return { ok: true, value: { ...defaultMonitoringSet(EVENT), enabled: true } };
      if (frame.method === "monitoring.mine") return { ok: true, value: { answered: false } };
      if (frame.method === "votes.mine") return { ok: true, value: { id: "ballot_mine_01", eventId: EVENT, roundId: "round_about_01", source: "phone", dots: [], sealed: true, createdSeq: 0, updatedSeq: 0 } };
      return { ok: true, value: null };
    },
    onChange: (l) => changes.add(l),
    onStatus: () => () => undefined,
    status: "online",
    pending: 0,
    close: () => undefined,
  };
  const push = (upserts: Change["upserts"]) => changes.emit({ seq: 9, eventId: EVENT, command: "test", at: "", upserts, deletes: [] });
  return { client: new HearthClient(transport), push, called };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe("About you on a resident's phone", () => {
  const roots: { unmount(): void }[] = [];
  afterEach(() => act(() => roots.splice(0).forEach((r) => r.unmount())));

  it("is not offered while the vote is open, and is offered once it has closed", async () => {
    const room = fakeRoom();
    const el = document.createElement("div");
    const root = createRoot(el);
    roots.push(root);
    await act(async () =>
      root.render(
        <I18nextProvider i18n={setUpI18n()}>
          <ClientProvider client={room.client}>
            <DeviceHome device={{ deviceId: deviceId("dev_about_0001"), eventId: EVENT, role: "participant", label: "Amina", table: "", state: "approved" }} />
          </ClientProvider>
        </I18nextProvider>,
      ),
    );
    await settle();
    expect(el.querySelector(".about-you")).toBeNull();
    expect(room.called).not.toContain("monitoring.set"); // not even asked for before
    await act(async () => room.push([{ kind: "round", value: round("closed", 9) }]));
    await settle();
    await settle();
    const form = el.querySelector(".about-you");
    expect(form?.querySelector("h2")?.textContent).toBe("About you (optional)");
    const buttons = [...(form?.querySelectorAll(".about-you__buttons button") ?? [])].map((b) => b.textContent);
    expect(buttons).toEqual(["Send", "Skip"]);
    // Skip is as easy as Send: one press, and the form is gone.
    await act(async () => (form!.querySelectorAll(".about-you__buttons button")[1] as HTMLButtonElement).click());
    expect(el.querySelector(".about-you")).toBeNull();
    expect(room.called).not.toContain("monitoring.answer");
  });
});
