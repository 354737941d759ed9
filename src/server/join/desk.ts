import type { Database } from "better-sqlite3";
import { defaultDeviceLabel, ROLE_NAMES, TOKEN_ROLES, type DeviceInfo, type DeviceRole, type EventId, type HearthError } from "../../core";
import type { HelloFrame, JoinStatus } from "../../api";
import { credentials, devices, type DeviceRecord } from "../db/repos/devices";
import { getEvent } from "../db/repos/events";
import { noLan, type LanController } from "./lan-controller";
import { FairShare, tooFastMessage } from "./fair-share";
import { GuessLimiter } from "./guess-limiter";
import { DeviceLinks } from "./links";
import { hashSecret, newCode, newCredentialId, newDeviceId, newToken } from "./secrets";

/** How many devices may wait for approval, per event and per address: typing the code must not flood the list. */
export const MAX_WAITING = 30;
export const MAX_WAITING_PER_ADDRESS = 3;
/** Devices online at once that the room serves well on a laptop (measured: `npm run bench -- hall --devices 500`). */
export const DEVICE_CAPACITY = 500;


interface Invite {
  readonly tokens: Record<DeviceRole, string>;
  readonly code: string;
  readonly issuedAt: string;
}

export type HelloResult = { ok: true; device: DeviceRecord } | { ok: false; error: HearthError };

const refuse = (code: HearthError["code"], message: string): HelloResult => ({ ok: false, error: { code, message } });

/**
 * The front desk of the room for devices: who may come in, who is waiting, who is here.
 * The database holds devices and the hashes of join secrets; this object holds what must
 * not be stored (the raw QR tokens and code, to show them) and what changes every second
 * (open connections, last seen, wrong guesses).
 */
export class JoinDesk {
  readonly links = new DeviceLinks(
    (deviceId) => this.share.slow(deviceId, "connections", this.now()),
    () => this.touch(),
  );
  readonly guesses = new GuessLimiter();
  readonly share = new FairShare();
  private controller: LanController = noLan;
  private readonly invites = new Map<string, Invite>();
  private readonly lastSeen = new Map<string, number>();
  /** New devices turned away because the room was full, per event: the facilitator sees it. */
  private readonly turnedAway = new Map<string, { count: number; lastAt: string }>();
  /** Beyond this many devices online, a new one is told the room is full (a device that joined before still gets back in). */
  capacity = DEVICE_CAPACITY;
  /** Counts every change the facilitator's Devices page shows that the digest cannot read itself. */
  private revision = 0;

  /** `database` is read on each use: a restored backup replaces the room's database under it. */
  constructor(
    private readonly database: Database | (() => Database),
    private readonly now: () => number = Date.now,
  ) {}

  private get db(): Database {
    return typeof this.database === "function" ? this.database() : this.database;
  }

  /** Set by whoever runs the room and can listen on the network. */
  useLan(controller: LanController): void {
    this.controller = controller;
  }
  get lan(): LanController {
    return this.controller;
  }

  hasInvite(eventId: string): boolean {
    return this.invites.has(eventId);
  }

  /**
   * Inside a command's transaction: revokes the event's QR tokens and code and writes the
   * hashes of new ones. Returns the effect to run once committed: keeping the raw secrets
   * in memory, to show them (they are never written anywhere, nor in the command's result).
   */
  issueInvite(db: Database, eventId: EventId, at: string): () => void {
    credentials.revokeAll(db, eventId, at);
    const tokens = {} as Record<DeviceRole, string>;
    for (const role of TOKEN_ROLES) {
      tokens[role] = newToken();
      credentials.insert(db, { id: newCredentialId(), eventId, kind: "token", role }, hashSecret(tokens[role]), at);
    }
    let code = newCode();
    while (credentials.live(db, "code", hashSecret(code))) code = newCode(); // another event's code
    credentials.insert(db, { id: newCredentialId(), eventId, kind: "code", role: "participant" }, hashSecret(code), at);
    return () => {
      this.invites.set(eventId, { tokens, code, issuedAt: at });
      this.touch();
    };
  }

  /** Something the Devices page shows changed: a device joined, came or went, was renamed, slowed down. */
  touch(): void {
    this.revision++;
  }

  /**
   * A few bytes that change whenever `status` would show something new (last-seen times
   * aside): the Devices page asks for this every second, and for the whole status only when
   * it changed.
   */
  digest(eventId: string): string {
    const now = this.now();
    const lan = this.controller.status();
    const paused = this.guesses.paused(now);
    const alerts = this.guesses.alerts(now).map((a) => `${a.address}/${a.wrongTries}/${a.blocked ? 1 : 0}`);
    return [this.revision, lan.state, lan.url ?? "", this.invites.get(eventId)?.issuedAt ?? "", paused ? `${paused.wrongTries}/${paused.retryAfterSeconds}` : "", ...alerts].join("|");
  }

  status(eventId: string): JoinStatus {
    const invite = this.invites.get(eventId) ?? null;
    return {
      lan: this.controller.status(),
      invite: invite && { tokens: { ...invite.tokens }, code: invite.code, issuedAt: invite.issuedAt },
      devices: devices.listByEvent(this.db, eventId).map((d) => this.info(d)),
      alerts: this.guesses.alerts(this.now()),
      codesPaused: this.guesses.paused(this.now()),
      roomFull: this.fullStatus(eventId),
    };
  }

  private fullStatus(eventId: string): JoinStatus["roomFull"] {
    const away = this.turnedAway.get(eventId);
    return away ? { capacity: this.capacity, online: this.links.onlineCount, turnedAway: away.count, lastAt: away.lastAt } : null;
  }

  info(d: DeviceRecord): DeviceInfo {
    const seen = this.lastSeen.get(d.id);
    return {
      ...d,
      lastSeenAt: seen === undefined ? d.lastSeenAt : new Date(seen).toISOString(),
      online: this.links.online(d.id),
      slowed: this.share.slowedAt(d.id, this.now()),
    };
  }

  /** A device's first frame on a socket: who it is, or how it joins. Never throws. */
  hello(frame: HelloFrame, address: string): HelloResult {
    this.touch(); // a new device, a refusal the page counts, or wrong guesses
    const keyHash = hashSecret(frame.key);
    const known = devices.byKeyHash(this.db, keyHash);
    if (known) {
      if (known.state === "removed") return refuse("forbidden", "This device was removed from the event. Ask the facilitator if you should join again.");
      this.seen(known.id);
      return { ok: true, device: known };
    }
    if (!frame.join) return refuse("forbidden", "This device has not joined an event: scan the QR code or type the code on the screen.");
    const join = frame.join;
    const found = join.via === "token" ? credentials.live(this.db, "token", hashSecret(join.token)) : credentials.live(this.db, "code", hashSecret(join.code));
    const cred = found && getEvent(this.db, found.eventId) ? found : undefined;
    // A QR token is 256 random bits: nothing to guess, so a valid one gets in even while code
    // attempts are paused (a guesser behind many addresses must not keep the hall's phones out).
    if (!(cred && join.via === "token")) {
      const verdict = this.guesses.check(address, this.now());
      if (!verdict.allowed) {
        this.guesses.turnedAway(address, this.now());
        return refuse("rate_limited", `Too many wrong codes from here. Try again in ${Math.ceil(verdict.retryAfterMs / 1000)} seconds.`);
      }
    }
    if (!cred) {
      this.guesses.wrong(address, this.now());
      return join.via === "token"
        ? refuse("not_found", "This join link no longer works. Ask the facilitator for the new QR code.")
        : refuse("not_found", "That code is not right. Check it on the screen and try again.");
    }
    if (join.via === "code") {
      if (devices.countWaiting(this.db, cred.eventId, address) >= MAX_WAITING_PER_ADDRESS) {
        return refuse("rate_limited", "Too many devices from here are already waiting to be let in. Try again once the facilitator has let them in or turned them away.");
      }
      if (devices.countWaiting(this.db, cred.eventId) >= MAX_WAITING) {
        return refuse("rate_limited", "The waiting list is full. Try again once the facilitator has let the waiting devices in, or ask them.");
      }
    }
    const at = new Date(this.now()).toISOString();
    // Told at once and plainly, rather than left to time out on a room too busy to answer.
    if (this.links.onlineCount >= this.capacity) {
      const away = this.turnedAway.get(cred.eventId);
      this.turnedAway.set(cred.eventId, { count: (away?.count ?? 0) + 1, lastAt: at });
      return refuse("room_full", `The room is full: ${this.capacity} devices are in, as many as this laptop serves well. Share a phone with someone near you, or ask the facilitator.`);
    }
    const role = cred.role;
    const device: DeviceRecord = {
      id: newDeviceId(),
      eventId: cred.eventId,
      role,
      label: (join.via === "code" && join.label) || defaultDeviceLabel(role, devices.countByRole(this.db, cred.eventId, role) + 1),
      table: (join.via === "token" && join.table) || "",
      state: join.via === "token" ? "approved" : "waiting",
      joinedVia: join.via,
      address,
      createdAt: at,
      lastSeenAt: at,
      approvedAt: join.via === "token" ? at : null,
      revokedAt: null,
    };
    // Outside the command bus: a joining device is no actor yet, and its row is in no change feed (the Devices page reads status()).
    devices.insert(this.db, device, keyHash);
    this.seen(device.id);
    return { ok: true, device };
  }

  /** A command from a joined device: undefined within its fair share, else the refusal it reads (why, and when to try again). */
  tooFast(deviceId: string): string | undefined {
    const share = this.share.take(deviceId, this.now());
    if (share.ok) return undefined;
    this.touch(); // slowed down: the device list says so
    return tooFastMessage(share.retryAfterMs);
  }

  /** Called on every frame from a device: kept in memory, written when it leaves. */
  seen(deviceId: string): void {
    this.lastSeen.set(deviceId, this.now());
  }

  /** A connection of the device closed: remember when it was last seen. */
  left(deviceId: string): void {
    const seen = this.lastSeen.get(deviceId);
    if (seen === undefined || !this.db.open) return;
    try {
      // Outside the command bus: last seen is bookkeeping nobody commanded, and in no change feed.
      devices.touch(this.db, deviceId, new Date(seen).toISOString());
    } catch {
      // Last seen is a courtesy: a busy or full disk must not break a disconnect.
    }
  }
}

