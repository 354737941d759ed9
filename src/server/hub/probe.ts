import { hubErrorWords } from "./words";

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Asks the hub for the partnership's database with this laptop's account: null when it
 * answers, else what is wrong in plain words (wrong password, no such partnership, not
 * reachable, certificate not trusted). PouchDB's live replication can stall silently when
 * the hub drops its connection; this is how Hearth notices, and when to start it again.
 */
export async function probeHub(url: string, user: string, password: string): Promise<string | null> {
  const host = new URL(url).host;
  try {
    const res = await fetch(url, {
      headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`, accept: "application/json" },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : hubErrorWords({ status: res.status }, host);
  } catch (err) {
    return hubErrorWords(err, host);
  }
}
