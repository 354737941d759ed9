import { DeviceApp } from "../features/device/DeviceApp";
import { setUpI18n } from "../i18n/i18n";

const i18n = setUpI18n();

/** The phone's app with its message catalogues: a chunk of its own, loaded only on a phone. */
export default function DeviceRoot() {
  return <DeviceApp i18n={i18n} />;
}
