// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import type { Change, DeviceView, HearthEvent, Note, Prompt, Stage, VoteRound } from "../../../../src/core";
import { HearthClient, Listeners, type OutgoingFrame, type Transport } from "../../../../src/api";
import { ClientProvider } from "../../../../src/renderer/app/ClientContext";
import { DeviceHome } from "../../../../src/renderer/pages/DeviceHome";
import { setUpI18n } from "../../../../src/renderer/i18n/i18n";
import { deviceId, eventId, noteId, roundId } from "../../support/ids";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EVENT = eventId("evt_phone_test1");
const event: HearthEvent = {
  id: EVENT, kind: "listening", title: "Elm Road", neighbourhood: "", partnership: "", venue: "", date: "2026-11-14", status: "live",
  feedbackDueOn: "2026-11-24", currentStageId: null, timer: null, attribution: false, retentionMonths: null, createdSeq: 1, updatedSeq: 1,
};
const stage = (id: string, kind: Stage["kind"], title: string, seq: number): Stage => ({
  id, eventId: EVENT, position: seq, kind, title, description: "", timerMinutes: null, privateWriting: false, createdSeq: seq, updatedSeq: seq,
});
const prompt = (id: string, stageId: string, text: string, seq: number): Prompt => ({ id, eventId: EVENT, stageId, position: 1, text, createdSeq: seq, updatedSeq: seq });

/** A room stand-in: answers the snapshot, and pushes the changes a test gives it, as the feed would. */
function fakeRoom() {
  const changes = new Listeners<Change>();
  const transport: Transport = {
    request: async (frame: OutgoingFrame) =>
      frame.type === "call" && frame.method === "events.snapshot"
        ? { ok: true, value: { event, stage: [], prompt: [], note: [], theme: [], action: [], screen: [], round: [], ballot: [], paperCount: [], turnout: [], seq: 1, serverTime: 0 } }
        : frame.type === "call" && frame.method === "votes.mine"
          ? { ok: true, value: { id: "ballot_mine_01", eventId: EVENT, roundId: (frame.input as { roundId: string }).roundId, source: "phone", dots: [], sealed: true, createdSeq: 0, updatedSeq: 0 } }
          : { ok: true, value: null },
    onChange: (l) => changes.add(l),
    onStatus: () => () => undefined,
    status: "online",
    pending: 0,
    close: () => undefined,
  };
  let seq = 1;
  const push = (upserts: Change["upserts"]) => changes.emit({ seq: ++seq, eventId: EVENT, command: "test", at: "", upserts, deletes: [] });
  return { client: new HearthClient(transport), push };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

const note = (id: string, text: string, seq: number): Note => ({
  id: noteId(id), eventId: EVENT, promptId: null, themeId: null, text, table: "", lang: "", source: "typed", author: null, mergedInto: null, hidden: false, deleted: false,
  position: 0, createdSeq: seq, updatedSeq: seq,
});
const round = (status: VoteRound["status"], seq: number): VoteRound => ({
  id: roundId("round_phone_01"), eventId: EVENT, title: "Residents' round", target: "notes", themeIds: [], promptIds: [], items: ["note_phone_01", "note_phone_02"],
  fixedItems: true, dotsPerVoter: 2, maxPerItem: 1, blind: true, timer: null, status, final: false, runoffOf: null, createdSeq: 5, updatedSeq: seq,
});

describe("the phone's screen", () => {
  const roots: { unmount(): void }[] = [];
  afterEach(() => act(() => roots.splice(0).forEach((r) => r.unmount())));

  async function mount(client: HearthClient, role: DeviceView["role"]) {
    const el = document.createElement("div");
    const root = createRoot(el);
    roots.push(root);
    await act(async () =>
      root.render(
        <I18nextProvider i18n={setUpI18n()}>
          <ClientProvider client={client}>
            <DeviceHome device={{ deviceId: deviceId("dev_phone_0001"), eventId: EVENT, role, label: "Amina", table: "", state: "approved" }} />
          </ClientProvider>
        </I18nextProvider>,
      ),
    );
    await settle();
    return el;
  }
  /** The phone's sections from the top down. */
  const order = (el: HTMLElement) =>
    [...el.querySelectorAll(".phone-ballot, .device-stage, .device-note, .phone-ballot__idle")].map((x) =>
      x.classList.contains("device-stage") ? "stage" : x.classList.contains("device-note") ? "note box" : x.classList.contains("phone-ballot__idle") ? "no vote yet" : "ballot",
    );

  it("follows the facilitator's stage changes live, and offers a participant the note box only while notes are collected", async () => {
    localStorage.setItem("hearth.lang", "en");
    const { client, push } = fakeRoom();
    const el = await mount(client, "participant");
    expect(el.textContent).toContain("The event has not started yet");
    expect(el.querySelector("textarea")).toBeNull();

    const capture = stage("stg_capture_1", "capture", "What matters here?", 2);
    await act(async () => push([{ kind: "stage", value: capture }, { kind: "prompt", value: prompt("prm_capture_1", capture.id, "What would help you stay well?", 2) }, { kind: "event", value: { ...event, currentStageId: capture.id } }]));
    expect(el.textContent).toContain("What matters here?");
    expect(el.textContent).toContain("What would help you stay well?");
    expect(el.textContent).toContain("Add your ideas as notes");
    expect(el.querySelector("textarea")).not.toBeNull();

    const vote = stage("stg_vote_0001", "vote", "Dot voting", 3);
    await act(async () => push([{ kind: "stage", value: vote }, { kind: "event", value: { ...event, currentStageId: vote.id } }]));
    expect(el.textContent).toContain("Dot voting");
    expect(el.textContent).not.toContain("What would help you stay well?");
    expect(el.querySelector("textarea")).toBeNull();
    expect(el.textContent).toContain("You can add notes when the facilitator asks a question");
  });

  it("puts a participant's ballot first while voting is what is happening, after the note box otherwise, and gives a note-taker none", async () => {
    localStorage.setItem("hearth.lang", "en");
    const { client, push } = fakeRoom();
    const el = await mount(client, "participant");
    const capture = stage("stg_capture_1", "capture", "What matters here?", 2);
    const notes = [note("note_phone_01", "Bus shelter", 3), note("note_phone_02", "Lifts", 4)];
    await act(async () => push([{ kind: "stage", value: capture }, { kind: "event", value: { ...event, currentStageId: capture.id } }, ...notes.map((value) => ({ kind: "note" as const, value }))]));
    expect(order(el)).toEqual(["stage", "note box"]);

    // A round opens while notes are still being collected: the ballot leads, the note box stays.
    await act(async () => push([{ kind: "round", value: round("open", 6) }]));
    await settle();
    expect(order(el)).toEqual(["ballot", "stage", "note box"]);
    expect(el.textContent).toContain("Dots left: 2 of 2");
    const box = el.querySelector("textarea")!;
    box.value = "typed before the close";

    // Closed: a short line that follows the note box, which keeps what was being typed.
    await act(async () => push([{ kind: "round", value: round("closed", 7) }]));
    expect(order(el)).toEqual(["stage", "note box", "ballot"]);
    expect(el.querySelector("textarea")).toBe(box);
    expect(el.textContent).toContain("Voting has closed.");

    // On a vote stage the results lead again; with no round yet, so does the word that none is open.
    const vote = stage("stg_vote_0001", "vote", "Prioritise", 8);
    await act(async () => push([{ kind: "stage", value: vote }, { kind: "event", value: { ...event, currentStageId: vote.id } }, { kind: "round", value: round("revealed", 9) }]));
    expect(order(el)).toEqual(["ballot", "stage"]);
    expect(el.querySelectorAll(".phone-results__item")).toHaveLength(2);

    const other = fakeRoom();
    const idle = await mount(other.client, "participant");
    await act(async () => other.push([{ kind: "stage", value: vote }, { kind: "event", value: { ...event, currentStageId: vote.id } }]));
    expect(order(idle)).toEqual(["no vote yet", "stage"]);

    // A note-taker's phone: never a resident's ballot (paper counts are typed at the laptop).
    const third = fakeRoom();
    const notetaker = await mount(third.client, "notetaker");
    await act(async () => third.push([{ kind: "stage", value: vote }, { kind: "event", value: { ...event, currentStageId: vote.id } }, { kind: "round", value: round("open", 6) }]));
    await settle();
    expect(order(notetaker)).toEqual(["stage", "note box"]);
    expect(notetaker.textContent).not.toContain("Dots left");
  });
});
