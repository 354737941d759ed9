import type { TFunction } from "i18next";
import { defaultDeviceLabel, defaultLabelNumber, type DeviceRole } from "../../../core";

/**
 * The device's name as its own screen shows it: a default name ("Participant 3") in the
 * phone's language ("Uczestnik 3"); a name someone gave, as it was given.
 */
export function shownDeviceLabel(t: TFunction, device: { readonly label: string; readonly role: DeviceRole }): string {
  const n = defaultLabelNumber(device.label, device.role);
  return n === null ? device.label : t("device.defaultName", { role: t(`role.${device.role}`), n, defaultValue: defaultDeviceLabel(device.role, n) });
}
