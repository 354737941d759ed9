import { resolve } from "node:path";
import { z } from "zod";
import { describeIssues } from "../core";
import { isPlainHttpAway } from "./hub/check";
import type { AdminAccount } from "./hub/guard";
import { describeInit, HubInitError, initPartnership } from "./hub/init";
import { startStandIn } from "./hub/stand-in";
import type { HubAccount } from "./hub/sync";

export const HUB_USAGE = `Usage: hearth hub serve --data DIR [--port N] [--lan]
       hearth hub init --url URL --partnership NAME [--laptops N|NAME,NAME] [--observers N|NAME,NAME]

  serve   the stand-in hub for a trial or a small partnership: CouchDB's protocol on this computer
          --data    folder for the hub's data (required)
          --port    port to listen on (default 5984; 0 picks a free one and prints it)
          --lan     listen on every network address, not only this computer (127.0.0.1)
  init    set up a partnership on CouchDB 3 or the stand-in: its database, who may read and
          write it, the check on every write, and one account per laptop; safe to run again
          --laptops    how many laptop accounts, or their names (default 1)
          --observers  how many read-only accounts (the council's officer), or their names (default 1)

  The administrator's account comes from HEARTH_HUB_ADMIN_USER and HEARTH_HUB_ADMIN_PASSWORD.`;

const Names = (prefix: string) =>
  z
    .string()
    .regex(/^(\d{1,2}|[a-z0-9-]+(,[a-z0-9-]+)*)$/, `give a number or names of lower-case letters, digits and dashes, separated by commas`)
    .transform((s) => (/^\d+$/.test(s) ? Array.from({ length: Number(s) }, (_, i) => `${prefix}-${i + 1}`) : s.split(",")));

const ServeHub = z.strictObject({
  data: z.string().min(1, "--data is required"),
  port: z.coerce.number().int().min(0).max(65535).default(5984),
  lan: z.boolean().default(false),
});
const InitHub = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "--url needs an http:// or https:// address" }),
  partnership: z.string().min(1, "--partnership is required"),
  laptops: Names("laptop").default(["laptop-1"]),
  observers: Names("observer").default(["observer-1"]),
});

function flags(argv: readonly string[], known: readonly string[]): { raw: Record<string, string | boolean> } | { error: string } {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m || !known.includes(m[1]!)) return { error: `Unknown option "${argv[i]}".` };
    if (m[1] === "lan") raw.lan = true;
    else {
      const value = m[2] ?? argv[++i];
      if (value === undefined) return { error: `--${m[1]} needs a value.` };
      raw[m[1]!] = value;
    }
  }
  return { raw };
}

/** The hub's administrator, from the environment only (never the command line, where others can read it). */
export function adminFromEnv(env: NodeJS.ProcessEnv): AdminAccount | { error: string } {
  const name = env.HEARTH_HUB_ADMIN_USER ?? "";
  const password = env.HEARTH_HUB_ADMIN_PASSWORD ?? "";
  if (name === "" || password === "") return { error: "Set HEARTH_HUB_ADMIN_USER and HEARTH_HUB_ADMIN_PASSWORD to the hub administrator's name and password." };
  return { name, password };
}

/** A laptop's account on the hub, from the environment. Plain http beyond this computer sends the password readable by anyone on the way: refused unless accepted. */
export function hubAccountFromEnv(url: string, env: NodeJS.ProcessEnv): HubAccount | { error: string } {
  const u = new URL(url);
  if (isPlainHttpAway(u) && env.HEARTH_HUB_ALLOW_HTTP !== "1")
    return { error: `The hub's address is plain http to another computer (${u.host}): its password and the thread would cross the network unencrypted. Use https://, or set HEARTH_HUB_ALLOW_HTTP=1 to accept that.` };
  if (u.username !== "" || u.password !== "") return { error: "Put the hub's account in HEARTH_HUB_USER and HEARTH_HUB_PASSWORD, not in its address." };
  const user = env.HEARTH_HUB_USER ?? "";
  const password = env.HEARTH_HUB_PASSWORD ?? "";
  if (user === "" || password === "") return { error: "Set HEARTH_HUB_USER and HEARTH_HUB_PASSWORD to this laptop's account on the hub." };
  return { url: url.replace(/\/+$/, ""), user, password };
}

/** `hearth hub …`: returns the exit code; `serve` keeps running until stopped. */
export async function hubMain(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === "help" || sub === "--help") {
    console.log(HUB_USAGE);
    return 0;
  }
  if (sub !== "serve" && sub !== "init") {
    console.error(`hearth: unknown hub command "${sub}".\n\n${HUB_USAGE}`);
    return 2;
  }
  const given = flags(rest, sub === "serve" ? ["data", "port", "lan"] : ["url", "partnership", "laptops", "observers"]);
  const admin = adminFromEnv(env);
  if ("error" in given) return usageError(given.error);
  const raw = given.raw;
  if ("error" in admin) {
    console.error(`hearth: ${admin.error}`);
    return 2;
  }
  if (sub === "serve") {
    const o = ServeHub.safeParse(raw);
    if (!o.success) return usageError(describeIssues(o.error.issues));
    const hub = await startStandIn({ dataDir: resolve(o.data.data), host: o.data.lan ? "0.0.0.0" : "127.0.0.1", port: o.data.port, admin });
    console.log(`Hearth's stand-in hub is running at ${hub.url}  (data: ${resolve(o.data.data)}${o.data.lan ? "; every network address" : "; this computer only"})`);
    const stop = () => void hub.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return 0;
  }
  const o = InitHub.safeParse(raw);
  if (!o.success) return usageError(describeIssues(o.error.issues));
  try {
    console.log(describeInit(await initPartnership({ ...o.data, admin })));
    return 0;
  } catch (err) {
    if (!(err instanceof HubInitError) && !(err instanceof Error && /partnership's name/.test(err.message))) throw err;
    console.error(`hearth: ${err.message}`);
    return 1;
  }
}

function usageError(message: string): number {
  console.error(`hearth: ${message}\n\n${HUB_USAGE}`);
  return 2;
}
