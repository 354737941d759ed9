import type { JoinDesk } from "../join/desk";

/**
 * What the room reaches beyond its database, handed to command and query handlers. Each is
 * provided by whoever runs the room (`hearth serve` or Electron's main process).
 */
export interface RoomPorts {
  /** Devices joining over the hall's network: invitations, the waiting list, live connections, the LAN listener. */
  readonly join: JoinDesk;
}
