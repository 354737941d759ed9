import type { DeviceView } from "../../core";
import { MAX_LINKS_PER_DEVICE } from "./fair-share";

/** The close code for a connection ended because the same device opened too many (WebSocket's "policy violation"). */
export const CLOSE_TOO_MANY = 1008;

/** One open connection of a device, as the LAN server holds it. */
export interface DeviceLink {
  readonly deviceId: string;
  /** The facilitator let the device in: serve it from now on, and tell it. */
  admit(view: DeviceView): void;
  /** Something about the device changed (its name): tell it. */
  notify(view: DeviceView): void;
  close(code: number, reason: string): void;
}

/** Every open connection by device, so the facilitator's decisions reach a phone at once. */
export class DeviceLinks {
  private readonly byDevice = new Map<string, Set<DeviceLink>>();

  /** `crowded` hears of a device that opened more connections than its share. */
  /** `changed` hears of a device coming online or going offline (the facilitator's page asks again). */
  constructor(
    private readonly crowded: (deviceId: string) => void = () => {},
    private readonly changed: () => void = () => {},
  ) {}

  /** A new connection of a device; past its share, its oldest connection is ended (and no longer obeyed). */
  add(link: DeviceLink): () => void {
    let set = this.byDevice.get(link.deviceId);
    if (!set) this.byDevice.set(link.deviceId, (set = new Set()));
    set.add(link);
    this.changed();
    if (set.size > MAX_LINKS_PER_DEVICE) {
      const oldest = set.values().next().value;
      if (oldest) {
        set.delete(oldest);
        oldest.close(CLOSE_TOO_MANY, "too many connections from this device");
      }
      this.crowded(link.deviceId);
    }
    return () => {
      if (set.delete(link)) this.changed();
      if (set.size === 0 && this.byDevice.get(link.deviceId) === set) this.byDevice.delete(link.deviceId);
    };
  }

  /** Devices with at least one open connection. */
  get onlineCount(): number {
    return this.byDevice.size;
  }

  online(deviceId: string): boolean {
    return (this.byDevice.get(deviceId)?.size ?? 0) > 0;
  }

  admit(view: DeviceView): void {
    for (const l of this.linksOf(view.deviceId)) l.admit(view);
  }

  notify(view: DeviceView): void {
    for (const l of this.linksOf(view.deviceId)) l.notify(view);
  }

  close(deviceId: string, code: number, reason: string): void {
    for (const l of this.linksOf(deviceId)) l.close(code, reason);
  }

  private linksOf(deviceId: string): DeviceLink[] {
    return [...(this.byDevice.get(deviceId) ?? [])];
  }
}
