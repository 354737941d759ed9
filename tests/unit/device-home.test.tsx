// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import type { Change, HearthEvent, Prompt, Stage } from "../../src/core";
import { HearthClient, Listeners, type OutgoingFrame, type Transport } from "../../src/api";
import { ClientProvider } from "../../src/renderer/app/ClientContext";
import { DeviceHome } from "../../src/renderer/features/device/DeviceHome";
import { setUpI18n } from "../../src/renderer/i18n/i18n";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EVENT = "evt_phone_test1";
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

describe("the phone's screen", () => {
  const roots: { unmount(): void }[] = [];
  afterEach(() => act(() => roots.splice(0).forEach((r) => r.unmount())));

  it("follows the facilitator's stage changes live, and offers a participant the note box only while notes are collected", async () => {
    localStorage.setItem("hearth.lang", "en");
    const { client, push } = fakeRoom();
    const el = document.createElement("div");
    const root = createRoot(el);
    roots.push(root);
    await act(async () =>
      root.render(
        <I18nextProvider i18n={setUpI18n()}>
          <ClientProvider client={client}>
            <DeviceHome device={{ deviceId: "dev_phone_0001", eventId: EVENT, role: "participant", label: "Amina", state: "approved" }} />
          </ClientProvider>
        </I18nextProvider>,
      ),
    );
    await settle();
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
});
