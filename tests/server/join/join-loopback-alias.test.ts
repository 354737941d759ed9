import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { JoinStatus } from "../../../src/api";
import { lanController } from "../../../src/server/join/lan-controller";
import { Client, newKey } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";
import { sampleEvent } from "../support/room-fixture";
import { useTempDir } from "../support/temp-dir";

const ALIAS = "127.0.0.2";

describe("devices on a loopback alias, to try Hearth on one machine", () => {
  const lan = useLan();
  const tempDir = useTempDir();

  /** As `hearth serve --lan-address 127.0.0.2` wires it: the device listener on the alias, beside loopback, with this computer's real addresses. */
  async function startOnAlias() {
    const started = await lan.start();
    const controller = lanController((a) => started.lan.listenAlso(a, started.lan.port));
    started.room.room.ports.join.useLan(controller);
    const host = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    await host.callOk("join.open", { eventId: event.id, address: ALIAS });
    for (let i = 0; i < 200 && controller.status().state !== "on"; i++) await new Promise((r) => setTimeout(r, 20));
    const status = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
    return { ...started, controller, host, eventId: event.id, status };
  }

  it("listens on 127.0.0.2, but never on the facilitator's own 127.0.0.1", async () => {
    const controller = lanController(async () => ({ port: 1, close: async () => undefined }));
    expect(await controller.enable(ALIAS)).toMatchObject({ state: "on", address: ALIAS, url: `http://${ALIAS}:1`, error: null });
    expect(await controller.enable("127.0.0.1")).toMatchObject({ state: "failed", error: "127.0.0.1 is not an address of this computer." });
    expect(await controller.enable("10.255.255.1")).toMatchObject({ state: "failed" });
  });

  it("joins a phone by its QR token over 127.0.0.2, as the token's role and nothing more", async () => {
    const h = await startOnAlias();
    expect(h.status.lan).toMatchObject({ state: "on", address: ALIAS, url: `http://${ALIAS}:${h.lan.port}` });
    const origin = h.status.lan.url!;
    const phone = await Client.open(`ws://${ALIAS}:${h.lan.port}/ws`, { origin });
    expect(await phone.call("events.list", {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const hello = await phone.hello(newKey(), { via: "token", token: h.status.invite!.tokens.participant });
    expect(hello).toMatchObject({ ok: true, value: { role: "participant", state: "approved", eventId: h.eventId } });
    expect((await phone.call("events.snapshot", { eventId: h.eventId })).ok).toBe(true);
    expect(await phone.call("events.list", {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const devices = (await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId })).devices;
    expect(devices).toMatchObject([{ role: "participant", joinedVia: "token", state: "approved", online: true }]);
  });

  it("never makes a socket that came in on 127.0.0.2 the facilitator, even one naming localhost as its Host", async () => {
    const h = await startOnAlias();
    for (const host of [`localhost:${h.lan.port}`, `127.0.0.1:${h.lan.port}`, `${ALIAS}:${h.lan.port}`]) {
      const sneaky = await Client.open(`ws://${ALIAS}:${h.lan.port}/ws`, { host });
      expect(await sneaky.call("events.list", {}), host).toMatchObject({ ok: false, error: { code: "forbidden" } });
      sneaky.close();
    }
    // The facilitator, on 127.0.0.1 by its loopback name, is still the facilitator.
    expect((await h.host.call("events.list", {})).ok).toBe(true);
  });

  it("`hearth serve --lan-address 127.0.0.2` starts and says the address is for trying Hearth on one machine", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli-entry.ts", "serve", "--port", "0", "--data", tempDir(), "--lan-address", ALIAS], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, HEARTH_DATA: undefined, HEARTH_PORT: undefined },
    });
    let out = "";
    try {
      await new Promise<void>((resolve, reject) => {
        const seen = (d: Buffer) => {
          out += d.toString();
          if (out.includes("loopback address") || out.includes("devices cannot join")) resolve();
        };
        child.stdout.on("data", seen);
        child.stderr.on("data", seen);
        child.once("close", () => reject(new Error(`hearth serve exited: ${out}`)));
      });
    } finally {
      child.kill("SIGKILL");
    }
    expect(out).toMatch(new RegExp(`Devices in the hall can join at http://127\\.0\\.0\\.2:\\d+`, "u"));
    expect(out).toContain(`${ALIAS} is a loopback address: only this computer can reach it. It is for trying Hearth's devices on one machine`);
  }, 90_000);
});
