import { CLOSE_RECONNECT, CLOSE_REFUSED } from "../../../api";
import { devices, viewOf, type DeviceRecord } from "../../db/repos/devices";
import { requireEvent } from "../../db/repos/events";
import type { CommandContext, CommandOutcome, HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import type { ReadonlyDatabase } from "../../db/prepared";

function deviceOrThrow(db: ReadonlyDatabase, deviceId: string): DeviceRecord {
  const d = devices.get(db, deviceId);
  if (!d) throw new RoomError("not_found", "That device is not in the list.");
  return d;
}

/** Writes the device and answers with it; `after` tells its open connections, once committed. */
function saved(ctx: CommandContext, next: DeviceRecord, after?: (d: DeviceRecord) => void): CommandOutcome<ReturnType<CommandContext["ports"]["join"]["info"]>> {
  devices.update(ctx.db, next);
  return { value: ctx.ports.join.info(next), eventId: next.eventId, upserts: [], ...(after ? { after: () => after(next) } : {}) };
}

/**
 * The facilitator's side of joining: opening the doors, new codes, and deciding about each
 * device. Nothing here goes into the event's change feed (other devices must not see who
 * else is connected); the join panel asks for `join.status` instead.
 */
export const deviceHandlers: HandlersOf<
  "join.status" | "join.poster" | "join.open" | "join.close" | "join.rotate" | "devices.approve" | "devices.deny" | "devices.rename" | "devices.setRole" | "devices.remove" | "devices.me"
> = {
  "join.status": (db, { eventId }, _actor, ports) => {
    requireEvent(db, eventId);
    return ports.join.status(eventId);
  },

  "join.poster": (db, { eventId }, _actor, ports) => {
    requireEvent(db, eventId);
    const { lan, invite } = ports.join.status(eventId);
    if (lan.state !== "on" || !lan.url || !invite) return null;
    return { joinUrl: `${lan.url}/join`, code: invite.code, participantLink: `${lan.url}/#/join/${invite.tokens.participant}` };
  },

  "join.open": ({ db, at, ports }, { eventId, address }) => {
    requireEvent(db, eventId);
    const remember = ports.join.hasInvite(eventId) ? undefined : ports.join.issueInvite(db, eventId, at);
    return {
      value: null,
      eventId,
      upserts: [],
      after: () => {
        remember?.();
        void ports.join.lan.enable(address);
      },
    };
  },

  "join.close": ({ db, ports }, { eventId }) => {
    requireEvent(db, eventId);
    return { value: null, eventId, upserts: [], after: () => void ports.join.lan.disable() };
  },

  "join.rotate": ({ db, at, ports }, { eventId }) => {
    requireEvent(db, eventId);
    return { value: null, eventId, upserts: [], after: ports.join.issueInvite(db, eventId, at) };
  },

  "devices.approve": (ctx, { deviceId, role }) => {
    const d = deviceOrThrow(ctx.db, deviceId);
    if (d.state === "removed") throw new RoomError("conflict", "That device was removed; it must join again.");
    if (d.state === "approved") return { value: ctx.ports.join.info(d), eventId: d.eventId, upserts: [] };
    return saved(ctx, { ...d, state: "approved", role, approvedAt: ctx.at }, (next) => ctx.ports.join.links.admit(viewOf(next)));
  },

  "devices.deny": (ctx, { deviceId }) => {
    const d = deviceOrThrow(ctx.db, deviceId);
    if (d.state !== "waiting") throw new RoomError("conflict", "Only a waiting device can be turned away; remove it instead.");
    return saved(ctx, { ...d, state: "removed", revokedAt: ctx.at }, (next) =>
      ctx.ports.join.links.close(next.id, CLOSE_REFUSED, "not let in"),
    );
  },

  "devices.rename": (ctx, { deviceId, label }) => {
    const d = deviceOrThrow(ctx.db, deviceId);
    return saved(ctx, { ...d, label }, (next) => ctx.ports.join.links.notify(viewOf(next)));
  },

  "devices.setRole": (ctx, { deviceId, role }) => {
    const d = deviceOrThrow(ctx.db, deviceId);
    if (d.state === "removed") throw new RoomError("conflict", "That device was removed.");
    if (d.role === role) return { value: ctx.ports.join.info(d), eventId: d.eventId, upserts: [] };
    // Its sockets were opened with the old role: close them; the device reconnects with the new one.
    return saved(ctx, { ...d, role }, (next) => next.state === "approved" && ctx.ports.join.links.close(next.id, CLOSE_RECONNECT, "role changed"));
  },

  "devices.remove": (ctx, { deviceId }) => {
    const d = deviceOrThrow(ctx.db, deviceId);
    if (d.state === "removed") return { value: ctx.ports.join.info(d), eventId: d.eventId, upserts: [] };
    return saved(ctx, { ...d, state: "removed", revokedAt: ctx.at }, (next) => ctx.ports.join.links.close(next.id, CLOSE_REFUSED, "removed"));
  },

  "devices.me": (db, _input, actor) => {
    if (actor.eventId === undefined) return null;
    const d = devices.get(db, actor.deviceId);
    return d ? viewOf(d) : null;
  },
};
