import { EventPage } from "../features/board/EventPage";
import { EventsPage } from "../features/events/EventsPage";
import { ConnectionStatus } from "./ConnectionStatus";
import { DataPage } from "../features/data/DataPage";
import { StorageBanner } from "./StorageBanner";
import { hrefFor, useRoute } from "./router";

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="topbar">
        <a className="topbar__brand" href={hrefFor({ name: "events" })}>
          Hearth
        </a>
        <ConnectionStatus />
      </header>
      <StorageBanner />
      <main className="page">
        {route.name === "events" && <EventsPage />}
        {route.name === "event" && <EventPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "data" && <DataPage />}
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
