import type { HubStatus } from "../../../api";
import type { HandlersOf } from "../handler";

const OFF: HubStatus = { on: false, url: null, user: null, lastSyncedAt: null, waitingToSend: 0, lastError: null, waitingForParent: 0, quarantined: [] };

export const hubHandlers: HandlersOf<"hub.status"> = {
  "hub.status": (_db, _input, _actor, ports) => ports.hub?.status() ?? OFF,
};
