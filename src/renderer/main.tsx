import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import "./ui/styles.css";
import "./ui/follow-up.css";
import { deviceLanding, isDeviceHash } from "./features/device/device-route";
import { loadCredentials } from "./features/device/credentials";

// Each kind of screen is its own chunk: a phone downloads the phone's screens only, the
// facilitator's laptop the facilitator's (and the projector's when it opens the wall).
const DeviceRoot = lazy(() => import("./app/DeviceRoot"));
const FacilitatorRoot = lazy(() => import("./app/FacilitatorRoot"));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
// A phone on the hall's address never lands on the facilitator's screens: it goes to its own.
const landing = deviceLanding({ hostname: location.hostname, hash: location.hash, desktopApp: window.hearth !== undefined, joined: loadCredentials() !== undefined });
if (landing) history.replaceState(null, "", landing);
// A phone that opened a join link (or is already joined) gets the device app and its own
// connection; everything else is the facilitator's app.
createRoot(root).render(
  <StrictMode>
    <Suspense fallback={null}>{isDeviceHash(location.hash) ? <DeviceRoot /> : <FacilitatorRoot />}</Suspense>
  </StrictMode>,
);
