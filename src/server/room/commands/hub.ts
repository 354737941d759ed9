import type { HubStatus } from "../../../api";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";

const OFF: HubStatus = { on: false, url: null, user: null, lastSyncedAt: null, waitingToSend: 0, lastError: null, waitingForParent: 0, quarantined: [] };

export const hubHandlers: HandlersOf<"hub.status" | "hub.test"> = {
  "hub.status": (_db, _input, _actor, ports) => ports.hub?.status() ?? OFF,
  "hub.test": async ({ ports }, input) => {
    if (!ports.hubTest) throw new RoomError("unavailable", "This copy of Hearth cannot reach a partnership hub.");
    return ports.hubTest(input);
  },
};
