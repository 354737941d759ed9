// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import type { Change, DeviceView, HearthEvent, Stage } from "../../../../src/core";
import { HearthClient, Listeners, type OutgoingFrame, type Transport } from "../../../../src/api";
import { ClientProvider } from "../../../../src/renderer/app/ClientContext";
import { DeviceHome } from "../../../../src/renderer/pages/DeviceHome";
import { setUpI18n } from "../../../../src/renderer/i18n/i18n";
import { deviceId, eventId } from "../../support/ids";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EVENT = eventId("evt_hear_back_1");
const capture: Stage = {
  id: "stg_capture_1", eventId: EVENT, position: 1, kind: "capture", title: "What matters here?", description: "", timerMinutes: null, privateWriting: false, createdSeq: 1, updatedSeq: 1,
};
const event: HearthEvent = {
  id: EVENT, kind: "listening", title: "Elm Road", neighbourhood: "", partnership: "", venue: "", date: "2026-11-14", status: "live",
  feedbackDueOn: "2026-11-24", currentStageId: capture.id, timer: null, attribution: false, retentionMonths: null, createdSeq: 1, updatedSeq: 1,
};

/** A room stand-in that answers the snapshot and records every other call. */
function fakeRoom() {
  const calls: { method: string; input: unknown }[] = [];
  const transport: Transport = {
    request: async (frame: OutgoingFrame) => {
      if (frame.type !== "call") return { ok: true, value: null };
      if (frame.method === "events.snapshot")
        return { ok: true, value: { event, stage: [capture], prompt: [], note: [], theme: [], action: [], screen: [], round: [], ballot: [], paperCount: [], turnout: [], seq: 1, serverTime: 0 } };
      calls.push({ method: frame.method, input: frame.input });
      return { ok: true, value: frame.method === "contacts.leave" ? { received: true } : null };
    },
    onChange: (l) => new Listeners<Change>().add(l),
    onStatus: () => () => undefined,
    status: "online",
    pending: 0,
    close: () => undefined,
  };
  return { client: new HearthClient(transport), calls };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const button = (el: HTMLElement, name: string) => [...el.querySelectorAll("button")].find((b) => b.textContent === name)!;
const typeInto = (input: HTMLInputElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
};

describe("who hears back, on a phone", () => {
  const roots: { unmount(): void }[] = [];
  afterEach(() => act(() => roots.splice(0).forEach((r) => r.unmount())));

  async function mount(role: DeviceView["role"], lang = "en") {
    localStorage.clear();
    localStorage.setItem("hearth.lang", lang);
    const room = fakeRoom();
    const el = document.createElement("div");
    document.body.append(el);
    const root = createRoot(el);
    roots.push(root);
    await act(async () =>
      root.render(
        <I18nextProvider i18n={setUpI18n()}>
          <ClientProvider client={room.client}>
            <DeviceHome device={{ deviceId: deviceId("dev_phone_0001"), eventId: EVENT, role, label: "Amina", table: "", state: "approved" }} />
          </ClientProvider>
        </I18nextProvider>,
      ),
    );
    await settle();
    return { el, calls: room.calls };
  }

  it("is offered last, after the note box, and only when asked for; a bad number is said in words and nothing is sent", async () => {
    const { el, calls } = await mount("participant");
    const offer = el.querySelector(".hear-back")!;
    expect(offer.textContent).toContain("Get the report");
    expect(el.querySelector(".device-note")!.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(offer.querySelector("form")).toBeNull(); // never in the way: a button until the resident asks
    await act(async () => button(el, "Tell us how to send it").click());
    typeInto(offer.querySelector<HTMLInputElement>("input[type=tel]")!, "call me");
    await act(async () => button(el, "Send me the report").click());
    expect(offer.querySelector("[role=alert]")!.textContent).toBe("That is not a phone number: use 7 to 15 digits, like 07700 900123.");
    expect(calls.filter((c) => c.method === "contacts.leave")).toEqual([]);

    typeInto(offer.querySelector<HTMLInputElement>("input[type=tel]")!, "07700 900123");
    await act(async () => button(el, "Send me the report").click());
    await settle();
    expect(calls.filter((c) => c.method === "contacts.leave")).toEqual([{ method: "contacts.leave", input: { eventId: EVENT, contact: { channel: "text", name: "", detail: "07700 900123" } } }]);
    expect(offer.textContent).toContain("Thank you. We will send you the report");
    expect(JSON.stringify({ ...localStorage })).not.toContain("900123"); // only that it was left, never what
  });

  it("is the door form on a note-taker's phone, in the phone's language, and on no projector", async () => {
    const helper = await mount("notetaker", "pl");
    expect(helper.el.querySelector(".hear-back")!.textContent).toContain("Ktoś chce otrzymać raport");
    const wall = await mount("projector");
    expect(wall.el.querySelector(".hear-back")).toBeNull();
  });
});
