// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { HearthClient } from "../../../../../src/api";
import { ClientProvider } from "../../../../../src/renderer/app/ClientContext";
import { EDIT_DELAY_MS, FEED_DELAY_MS, useReportPreview } from "../../../../../src/renderer/features/report/useReportPreview";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Preview({ edits, seq }: { edits: string; seq: number }) {
  const { preview } = useReportPreview("evt_pace", edits, seq);
  return <p>{preview?.html ?? "none"}</p>;
}

describe("how often the report page asks the room for its preview", () => {
  let root: Root;
  let host: HTMLElement;
  let visibility: DocumentVisibilityState;
  const call = vi.fn(async () => ({ ok: true as const, value: { html: `preview ${call.mock.calls.length}`, findings: [], warnings: [] } }));
  const client = { call } as unknown as HearthClient;
  const render = (edits: string, seq: number) => act(() => root.render(<ClientProvider client={client}><Preview edits={edits} seq={seq} /></ClientProvider>));
  const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    call.mockClear();
    visibility = "visible";
    vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
    host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.useRealTimers();
  });

  it("asks once on opening, then at most once per FEED_DELAY_MS however fast the feed moves", async () => {
    await render("v1", 10);
    await wait(EDIT_DELAY_MS);
    expect(call).toHaveBeenCalledTimes(1);
    expect(host.textContent).toBe("preview 1");
    // A change every 400 ms for 12 s (a busy hall): the preview follows, about every 2 s, not 30 times.
    for (let seq = 11; seq <= 40; seq++) {
      await render("v1", seq);
      await wait(400);
    }
    await wait(FEED_DELAY_MS);
    const asked = call.mock.calls.length - 1;
    expect(asked).toBeGreaterThanOrEqual(4);
    expect(asked).toBeLessThanOrEqual(7);
  });

  it("follows the organiser's edits after a short quiet time", async () => {
    await render("v1", 10);
    await wait(EDIT_DELAY_MS);
    for (const v of ["v2", "v3", "v4"]) {
      await render(v, 10);
      await wait(100);
    }
    expect(call).toHaveBeenCalledTimes(1);
    await wait(EDIT_DELAY_MS);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it("does not ask while the page is hidden, and catches up once when it is shown", async () => {
    await render("v1", 10);
    await wait(EDIT_DELAY_MS);
    visibility = "hidden";
    for (let seq = 11; seq <= 30; seq++) {
      await render("v1", seq);
      await wait(500);
    }
    expect(call).toHaveBeenCalledTimes(1);
    visibility = "visible";
    await act(() => void document.dispatchEvent(new Event("visibilitychange")));
    await wait(0);
    expect(call).toHaveBeenCalledTimes(2);
  });
});
