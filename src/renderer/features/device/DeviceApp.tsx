import { useEffect, useRef, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { i18n } from "i18next";
import type { HearthError } from "../../../core";
import { ClientProvider } from "../../app/ClientContext";
import { credentialsForToken, forgetCredentials, loadCredentials, newDeviceKey, saveCredentials, type Credentials } from "./credentials";
import { DeviceConnection } from "./DeviceConnection";
import { LazyProjectorPage } from "../../app/LazyProjectorPage";
import { DeviceHome } from "./DeviceHome";
import { shownDeviceLabel } from "./device-label";
import { replaceDeviceRoute, useDeviceRoute } from "./device-route";
import { JoinCodeForm } from "./JoinCodeForm";
import { LanguagePicker } from "./LanguagePicker";
import { useDeviceSession } from "./useDeviceSession";
import "./device.css";

/** The phone app: join (QR link or typed code), wait to be let in, then take part. */
export function DeviceApp({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DeviceScreens />
    </I18nextProvider>
  );
}

function DeviceScreens() {
  const { t } = useTranslation();
  const route = useDeviceRoute();
  const [credentials, setCredentials] = useState<Credentials | undefined>(() => loadCredentials());
  const [formError, setFormError] = useState<string>();

  // A QR link: keep the token with a new key, then take it out of the address bar and history.
  const token = route?.name === "join-token" ? route.token : undefined;
  const table = route?.name === "join-token" ? route.table : "";
  useEffect(() => {
    if (!token) return;
    const c = credentialsForToken(token, table);
    saveCredentials(c);
    setCredentials(c);
    replaceDeviceRoute("device");
  }, [token, table]);

  useEffect(() => {
    document.title = `${t("join.heading")} · Hearth`;
  }, [t]);

  const start = (c: Credentials | undefined, error?: string) => {
    if (c) saveCredentials(c);
    else forgetCredentials();
    setFormError(error);
    setCredentials(c);
    replaceDeviceRoute(c ? "device" : "join-code");
  };

  let body;
  if (token) body = <p className="device-card">{t("join.connecting")}</p>;
  else if (!credentials)
    body = <JoinCodeForm error={formError} onJoin={(code, label) => start({ key: newDeviceKey(), join: { via: "code", code, label } })} />;
  else
    body = (
      <DeviceSessionScreens
        key={credentials.key}
        credentials={credentials}
        onRefused={(error) => start(undefined, refusalMessage(t, error, credentials))}
        onLeave={() => start(undefined)}
      />
    );

  return (
    <div className="device-shell">
      {body}
      <footer className="device-footer">
        <LanguagePicker />
      </footer>
    </div>
  );
}

/** Why a join did not work, in the phone's language; undefined for a device the facilitator removed (it gets its own screen). */
function refusalMessage(t: (key: string) => string, error: HearthError, c: Credentials): string | undefined {
  if (error.code === "rate_limited") return t("join.tooMany");
  if (error.code === "not_found") return c.join?.via === "token" ? t("join.linkBroken") : t("join.wrongCode");
  if (error.code === "invalid_input" || error.code === "bad_request") return t("join.badCode");
  return undefined;
}

function DeviceSessionScreens(props: { credentials: Credentials; onRefused: (error: HearthError) => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const { client, phase } = useDeviceSession(props.credentials);
  const joining = props.credentials.join !== undefined;
  const { onRefused } = props;
  // Once the room has known this device (waiting or in), a refusal means it was removed or turned away.
  const known = useRef(false);
  if (phase.kind === "waiting" || phase.kind === "in") known.current = true;
  const removed = phase.kind === "refused" && phase.error.code === "forbidden" && (known.current || !joining);
  useEffect(() => {
    // A wrong or stale code or link goes back to the form, with why; a removed device gets its own screen.
    if (phase.kind === "refused" && !removed) onRefused(phase.error);
  }, [phase, removed, onRefused]);

  if (!client) return null;
  // A projector on another machine in the hall (joined with the projector QR) is the wall itself.
  if (phase.kind === "in" && phase.device.role === "projector")
    return (
      <ClientProvider client={client}>
        <LazyProjectorPage eventId={phase.device.eventId} />
      </ClientProvider>
    );
  return (
    <ClientProvider client={client}>
      <header className="device-top">
        <span className="device-top__brand">Hearth</span>
        <DeviceConnection client={client} />
      </header>
      <main className="device-main">
        {phase.kind === "connecting" && <p className="device-card">{joining ? t("join.connecting") : t("connection.connecting")}</p>}
        {phase.kind === "waiting" && (
          <section className="device-card" aria-labelledby="waiting-heading">
            <h1 id="waiting-heading">{t("waiting.heading")}</h1>
            <p>{t("waiting.body")}</p>
            <p>{t("waiting.shownAs", { label: `\u2068${shownDeviceLabel(t, phase.device)}\u2069` })}</p>
            <button type="button" className="button device-big-button" onClick={props.onLeave}>
              {t("waiting.cancel")}
            </button>
          </section>
        )}
        {removed && (
          <section className="device-card" aria-labelledby="removed-heading">
            <h1 id="removed-heading">{t("removed.heading")}</h1>
            <p>{t("removed.body")}</p>
            <button type="button" className="button button--primary device-big-button" onClick={props.onLeave}>
              {t("removed.again")}
            </button>
          </section>
        )}
        {phase.kind === "in" && phase.device.role !== "projector" && <DeviceHome device={phase.device} />}
      </main>
    </ClientProvider>
  );
}
