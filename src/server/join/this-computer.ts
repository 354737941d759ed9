/** Host names that can only mean this computer. A LAN address (192.168.1.5) is not one: anyone in the hall may use it. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** 127.0.0.0/8, ::1, and IPv4-mapped loopback as Node reports it (::ffff:127.0.0.1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * 127.0.0.2 to 127.255.255.254: loopback, but not the facilitator's own 127.0.0.1. Devices may
 * listen there to try Hearth on one machine; only this computer can reach it. A socket that
 * comes in on it is still a device, whatever Host it names.
 */
export function isLoopbackAlias(address: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) && address !== "127.0.0.1" && address.split(".").every((n) => Number(n) <= 255);
}

export const LOOPBACK_ALIAS_NOTE =
  "is a loopback address: only this computer can reach it. It is for trying Hearth's devices on one machine; phones in the hall need this computer's network address.";

/** The host name of a Host header ("127.0.0.1:4180" → "127.0.0.1", "[::1]:80" → "[::1]"). */
export function hostName(host: string): string {
  const h = host.toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  const colon = h.lastIndexOf(":");
  return colon === -1 ? h : h.slice(0, colon);
}

/**
 * A connection is the facilitator's own (no token needed) only when it comes from this
 * computer AND addressed it by a loopback name. A tab on this laptop that opened the LAN
 * address, or anything relayed through another host name, must present a device token like
 * any phone: that keeps DNS-rebinding and LAN look-alikes out of the facilitator's seat.
 */
export function isThisComputer(remoteAddress: string | undefined, host: string | undefined): boolean {
  return isLoopbackAddress(remoteAddress) && host !== undefined && LOOPBACK_NAMES.has(hostName(host));
}
