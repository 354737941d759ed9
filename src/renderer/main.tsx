import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ClientProvider } from "./app/ClientContext";
import { createHearthClient } from "./app/create-client";
import "./ui/styles.css";
import { DeviceApp } from "./features/device/DeviceApp";
import { deviceLanding, isDeviceHash } from "./features/device/device-route";
import { loadCredentials } from "./features/device/credentials";
import { setUpI18n } from "./i18n/i18n";
import "./ui/follow-up.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
// A phone on the hall's address never lands on the facilitator's screens: it goes to its own.
const landing = deviceLanding({ hostname: location.hostname, hash: location.hash, desktopApp: window.hearth !== undefined, joined: loadCredentials() !== undefined });
if (landing) history.replaceState(null, "", landing);
// A phone that opened a join link (or is already joined) gets the device app and its own
// connection; everything else is the facilitator's app.
createRoot(root).render(
  <StrictMode>
    {isDeviceHash(location.hash) ? (
      <DeviceApp i18n={setUpI18n()} />
    ) : (
      <ClientProvider client={createHearthClient()}>
        <App />
      </ClientProvider>
    )}
  </StrictMode>,
);
