import type { Role } from "../../api";
import type { EventId } from "../../core";

/** Who is calling: decided by the server (the window, or the device's token), never by a field the client sends. */
export interface Actor {
  readonly deviceId: string;
  readonly role: Role;
  /** A device that joined over the LAN may reach its own event and nothing else; absent for the facilitator. */
  readonly eventId?: EventId;
}

/** The facilitator's own windows and loopback browser tabs. */
export const FACILITATOR: Actor = { deviceId: "facilitator", role: "facilitator" };
