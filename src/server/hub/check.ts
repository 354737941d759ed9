import type { HubTestResult, MethodParsedInput } from "../../api";
import { probeHub } from "./probe";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Plain http to another computer: the password and the thread would cross the network readable by anyone on the way. */
export const isPlainHttpAway = (u: URL) => u.protocol === "http:" && !LOOPBACK.test(u.hostname);

/** "Test connection": one try of the address and account, answered in plain words. */
export async function testHubConnection(input: MethodParsedInput<"hub.test">): Promise<HubTestResult> {
  let u: URL;
  try {
    u = new URL(input.url);
  } catch {
    return { ok: false, message: "That is not a web address. It looks like https://hub.example.org/hearth-north-elm." };
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return { ok: false, message: "The hub's address starts with https:// (or http:// on this computer)." };
  if (u.username !== "" || u.password !== "") return { ok: false, message: "Type the account in its own boxes, not in the address." };
  if (u.pathname.replace(/\/+$/, "") === "") return { ok: false, message: "The address needs the partnership's database at its end, e.g. /hearth-north-elm (IT's set-up prints it)." };
  if (isPlainHttpAway(u) && !input.acceptPlainHttp)
    return { ok: false, message: `${u.host} is another computer reached by plain http: the password and the thread would cross the network unencrypted. Use https://, or accept the warning to go on.` };
  const problem = await probeHub(u.toString().replace(/\/+$/, ""), input.user, input.password);
  return problem === null ? { ok: true, message: `Connected: the account ${input.user} reaches this partnership on ${u.host}.` } : { ok: false, message: problem };
}
