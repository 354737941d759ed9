import { networkInterfaces } from "node:os";
import type { LanStatus, NetworkAddress } from "../../api";
import { isLoopbackAlias } from "./this-computer";

/**
 * "Let devices join": listening on the laptop's network addresses. `hearth serve` and
 * Electron's main process each provide one (they differ in how they listen); the room's
 * join methods drive it, so the button works the same in both.
 */
export interface LanController {
  status(): LanStatus;
  /** Listens on `address` (null: the first address found). Resolves once on, or failed (see status().error). */
  enable(address: string | null): Promise<LanStatus>;
  disable(): Promise<LanStatus>;
}

/** This computer's addresses that other devices may reach: IPv4 first (what people can type), no loopback, no link-local IPv6. */
export function networkAddresses(list = networkInterfaces()): NetworkAddress[] {
  const out: NetworkAddress[] = [];
  for (const [name, addrs] of Object.entries(list)) {
    for (const a of addrs ?? []) {
      if (a.internal || (a.family === "IPv6" && a.address.toLowerCase().startsWith("fe80"))) continue;
      out.push({ address: a.address, family: a.family, interface: name });
    }
  }
  return out.sort((x, y) => (x.family === y.family ? 0 : x.family === "IPv4" ? -1 : 1));
}

/** A host as it goes in a URL or a Host header: IPv6 in brackets. */
export const hostFor = (address: string): string => (address.includes(":") ? `[${address}]` : address);

export interface Listening {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The state machine every LanController shares: one listener at a time, on an address that
 * must be one of this computer's (or a loopback alias such as 127.0.0.2, to try Hearth on one
 * machine); `listen` is how this host opens it.
 */
export function lanController(listen: (address: string) => Promise<Listening>, addresses = () => networkAddresses()): LanController {
  let state: LanStatus["state"] = "off";
  let current: { address: string; listening: Listening } | undefined;
  let error: string | null = null;
  let wanted: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const status = (): LanStatus => ({
    state,
    addresses: addresses(),
    address: current?.address ?? wanted,
    url: current ? `http://${hostFor(current.address)}:${current.listening.port}` : null,
    error,
  });

  const stop = async () => {
    const was = current;
    current = undefined;
    if (was) await was.listening.close();
  };

  // One change at a time: a second click waits for the first to finish.
  const serially = (work: () => Promise<void>): Promise<LanStatus> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run.then(status);
  };

  return {
    status,
    enable: (address) =>
      serially(async () => {
        const available = addresses();
        const chosen = address ?? current?.address ?? available[0]?.address ?? null;
        wanted = chosen;
        if (current && current.address === chosen) return;
        await stop();
        if (chosen === null) {
          state = "failed";
          error = "This computer is not on a network. Join the hall's Wi-Fi or turn on a hotspot, then try again.";
          return;
        }
        // A loopback alias (127.0.0.2) is accepted for trying Hearth on one machine.
        if (!available.some((a) => a.address === chosen) && !isLoopbackAlias(chosen)) {
          state = "failed";
          error = `${chosen} is not an address of this computer.`;
          return;
        }
        state = "starting";
        error = null;
        try {
          current = { address: chosen, listening: await listen(chosen) };
          state = "on";
        } catch (err) {
          state = "failed";
          error = `Could not listen on ${chosen}: ${err instanceof Error ? err.message : String(err)}`;
        }
      }),
    disable: () =>
      serially(async () => {
        wanted = null;
        error = null;
        await stop();
        state = "off";
      }),
  };
}

/** Where no listener can be opened (a bare room in tests): says so. */
export const noLan: LanController = {
  status: () => ({ state: "unavailable", addresses: [], address: null, url: null, error: "This way of running Hearth cannot let devices join." }),
  enable: async () => noLan.status(),
  disable: async () => noLan.status(),
};
