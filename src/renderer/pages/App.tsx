import { EventPage } from "./EventPage";
import { EventsPage } from "../features/events/EventsPage";
import { EventSetupPage } from "../features/setup/EventSetupPage";
import { MonitoringPage } from "../features/monitoring/MonitoringPage";
import { DevicesPage } from "../features/join/DevicesPage";
import { TableCodesPage } from "../features/join/TableCodesPage";
import { VotingPage } from "../features/voting/VotingPage";
import { ActionsRegisterPage } from "../features/actions/ActionsRegisterPage";
import { ReportPage } from "../features/report/ReportPage";
import { ConnectionStatus } from "../app/ConnectionStatus";
import { DataPage } from "../features/data/DataPage";
import { HubPage } from "../features/hub/HubPage";
import { LazyProjectorPage } from "./LazyProjectorPage";
import { StorageBanner } from "../app/StorageBanner";
import { hrefFor, useRoute } from "../app/router";
import { NeighbourhoodPage } from "../features/neighbourhood/NeighbourhoodPage";
import { NeighbourhoodsPage } from "../features/neighbourhood/NeighbourhoodsPage";
import { PartnershipPage } from "../features/neighbourhood/PartnershipPage";
import { PrivacyNoticePage } from "../features/privacy/PrivacyNoticePage";

export function App() {
  const route = useRoute();
  // The projector is the wall: no app chrome at all.
  if (route.name === "projector") return <LazyProjectorPage key={route.eventId} eventId={route.eventId} />;
  return (
    <>
      <header className="topbar">
        <a className="topbar__brand" href={hrefFor({ name: "events" })}>
          Hearth
        </a>
        <nav aria-label="Main" className="topbar__nav">
          <a href={hrefFor({ name: "actions" })}>Actions register</a>
          <a href={hrefFor({ name: "neighbourhoods" })}>Neighbourhoods</a>
        </nav>
        <ConnectionStatus />
      </header>
      <StorageBanner />
      <main className="page">
        {route.name === "events" && <EventsPage />}
        {route.name === "event" && <EventPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "event-setup" && <EventSetupPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "devices" && <DevicesPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "table-codes" && <TableCodesPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "voting" && <VotingPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "report" && <ReportPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "about-you" && <MonitoringPage key={route.eventId} eventId={route.eventId} />}
        {route.name === "privacy-notice" && <PrivacyNoticePage key={route.eventId} eventId={route.eventId} />}
        {route.name === "actions" && <ActionsRegisterPage />}
        {route.name === "data" && <DataPage />}
        {route.name === "hub" && <HubPage />}
        {route.name === "neighbourhoods" && <NeighbourhoodsPage />}
        {route.name === "neighbourhood" && <NeighbourhoodPage key={route.id} id={route.id} />}
        {route.name === "partnership" && <PartnershipPage key={route.id} id={route.id} />}
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
