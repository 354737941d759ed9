import { z } from "zod";
import { describeIssues } from "../core";

export const DEFAULT_PORT = 4180;

const ServeOptions = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  host: z.string().min(1).default("127.0.0.1"),
  data: z.string().min(1).optional(),
  lan: z.boolean().default(false),
  lanAddress: z.string().min(1).optional(),
  /** The partnership hub's database (https://hub.example.org/hearth-north-elm); the account comes from the environment. */
  hub: z.url({ protocol: /^https?$/, error: "--hub needs an http:// or https:// address" }).optional(),
});
export type ServeOptions = z.infer<typeof ServeOptions>;

export type Command = { name: "serve"; options: ServeOptions } | { name: "hub"; argv: readonly string[] } | { name: "help" } | { name: "version" };

export const USAGE = `Usage: hearth serve [--port N] [--host ADDRESS] [--data DIR] [--lan [--lan-address ADDRESS]] [--hub URL]
       hearth hub serve|init ...   (hearth hub help)

  serve      run Hearth in this terminal and open it in any browser
  --port     port to listen on (default ${DEFAULT_PORT}; 0 picks a free one); env HEARTH_PORT
  --host     address to listen on (default 127.0.0.1, this computer only)
  --data     folder for Hearth's data; env HEARTH_DATA
  --lan      let devices in the hall join: also listen on this computer's network address
  --lan-address  which network address to listen on (default: the first one found)
  --hub      replicate the neighbourhood thread with a partnership hub; env HEARTH_HUB_URL,
             the account from HEARTH_HUB_USER and HEARTH_HUB_PASSWORD`;

/** Parses the command line; a wrong flag gets a message, never a half-started room. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Command | { error: string } {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") return { name: "help" };
  if (name === "--version" || name === "version") return { name: "version" };
  if (name === "hub") return { name: "hub", argv: rest };
  if (name !== "serve") return { error: `Unknown command "${name}".` };
  const raw: Record<string, string | boolean> = {};
  if (env.HEARTH_PORT) raw.port = env.HEARTH_PORT;
  if (env.HEARTH_HUB_URL) raw.hub = env.HEARTH_HUB_URL;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === "--lan") {
      raw.lan = true;
      continue;
    }
    const m = /^--(port|host|data|lan-address|hub)(?:=(.*))?$/.exec(flag);
    if (!m) return { error: `Unknown option "${flag}".` };
    const value = m[2] ?? rest[++i];
    if (value === undefined) return { error: `${flag} needs a value.` };
    raw[m[1] === "lan-address" ? "lanAddress" : m[1]!] = value;
  }
  if (raw.lanAddress !== undefined) raw.lan = true;
  const parsed = ServeOptions.safeParse(raw);
  if (!parsed.success) return { error: describeIssues(parsed.error.issues) };
  return { name: "serve", options: parsed.data };
}
