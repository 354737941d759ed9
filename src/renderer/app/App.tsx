import { EventPage } from "../features/board/EventPage";
import { EventsPage } from "../features/events/EventsPage";
import { ActionsRegisterPage } from "../features/actions/ActionsRegisterPage";
import { ReportPage } from "../features/report/ReportPage";
import { ConnectionStatus } from "./ConnectionStatus";
import { hrefFor, useRoute } from "./router";

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="topbar">
        <a className="topbar__brand" href={hrefFor({ name: "events" })}>
          Hearth
        </a>
        <nav aria-label="Main" className="topbar__nav">
          <a href={hrefFor({ name: "actions" })}>Actions register</a>
        </nav>
        <ConnectionStatus />
      </header>
      <main className="page">
        {route.name === "events" && <EventsPage />}
        {route.name === "event" && <EventPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "report" && <ReportPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "actions" && <ActionsRegisterPage />}
        {route.name === "not-found" && (
          <>
            <h1>Page not found</h1>
            <p>
              <a href={hrefFor({ name: "events" })}>Back to the events</a>
            </p>
          </>
        )}
      </main>
    </>
  );
}
