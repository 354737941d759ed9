// @vitest-environment happy-dom
import { act } from "react";
import { describe, expect, it } from "vitest";
import { HearthClient, type OutgoingFrame, type Transport } from "../../../../src/api";
import { ClientProvider } from "../../../../src/renderer/app/ClientContext";
import { usePolled } from "../../../../src/renderer/app/usePolled";
import { useMount } from "../../support/mount";

/** A room whose join poster is whatever `answer` says when asked; it counts the questions. */
function fakeRoom() {
  const room = { asked: 0, answer: { ok: true, value: { joinUrl: "http://10.0.0.2:4180", code: "K7F3QX", participantLink: "http://10.0.0.2:4180/j/x" } } as unknown };
  const transport: Transport = {
    request: async (frame: OutgoingFrame) => {
      if (frame.type === "call" && frame.method === "join.poster") room.asked++;
      return room.answer as never;
    },
    onChange: () => () => undefined,
    onStatus: () => () => undefined,
    status: "online",
    pending: 0,
    close: () => undefined,
  };
  return { room, client: new HearthClient(transport) };
}

function Poster({ every }: { every: number }) {
  const poster = usePolled("join.poster", { eventId: "evt_12345678" }, "evt_12345678", every);
  return <p>{poster ? poster.code : "none"}</p>;
}

const wait = (ms: number) => act(async () => new Promise((r) => setTimeout(r, ms)));

describe("usePolled", () => {
  const { mount, unmountAll } = useMount();

  it("asks when the screen opens and again while it shows, shows nothing while refused, and stops when it closes", async () => {
    const { room, client } = fakeRoom();
    const el = await mount(
      <ClientProvider client={client}>
        <Poster every={40} />
      </ClientProvider>,
    );
    await wait(10);
    expect(el.textContent).toBe("K7F3QX");
    expect(room.asked).toBe(1);
    room.answer = { ok: false, error: { code: "forbidden", message: "No." } };
    await wait(200);
    expect(el.textContent).toBe("none");
    expect(room.asked).toBeGreaterThanOrEqual(2);
    unmountAll();
    const after = room.asked;
    await wait(200);
    expect(room.asked).toBe(after);
  });
});
