import type { JoinDesk } from "../join/desk";
import type { ReportServices } from "../report/services";
import type { HubStatus, HubTestResult, MethodParsedInput } from "../../api";
import type { DataService } from "./handler";

/**
 * What the room reaches beyond its database, handed to command, query and task handlers.
 * Each is provided by whoever runs the room (`startRoom`, used by `hearth serve` and
 * Electron's main process), through `Room.provide`, and none is tied to one database: a
 * restored backup swaps the database under the room and every port stays.
 */
export interface RoomPorts {
  /** Devices joining over the hall's network: invitations, the waiting list, live connections, the LAN listener. */
  readonly join: JoinDesk;
  /** The data folder: backups, restore and its status. */
  readonly data?: DataService;
  /** Exporting the report: the PDF printer, where files go, and opening them. */
  readonly reports?: ReportServices;
  /** Replication of the thread with the partnership hub, when this copy is connected to one. */
  readonly hub?: { status(): HubStatus };
  /** "Test connection" to a partnership hub, before or after joining one. */
  readonly hubTest?: (input: MethodParsedInput<"hub.test">) => Promise<HubTestResult>;
}
