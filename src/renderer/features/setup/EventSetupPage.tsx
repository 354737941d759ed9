import { useEffect } from "react";
import { EventBreadcrumb } from "../../ui/EventBreadcrumb";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { useEventState } from "../../app/useEventState";
import { EventLoadError } from "../../ui/EventLoadError";
import { useEventFormOptions } from "../../app/useEventFormOptions";
import { EventDetailsForm } from "./EventDetailsForm";
import { RunSheetEditor } from "./RunSheetEditor";
import { SaveTemplateForm } from "./SaveTemplateForm";
import { AboutYouSetup } from "./AboutYouSetup";
import "./setup.css";

/** #/events/<id>/setup: the event's details and run sheet, live (another screen's edits show at once). */
export function EventSetupPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const { options, reload } = useEventFormOptions();
  const title = loaded.state === "ready" ? loaded.value.event.title : "Event";
  useEffect(() => {
    document.title = `Set up: ${title} · Hearth`;
  }, [title]);

  if (loaded.state === "loading") return <p>Loading the event…</p>;
  if (loaded.state === "error") return <EventLoadError message={loaded.message} />;

  const state = loaded.value;
  return (
    <div className="setup-page">
      <EventBreadcrumb eventId={eventId} title={state.event.title} />
      <h1>
        Set up: <Bidi>{state.event.title}</Bidi>
      </h1>
      <p className="setup-page__intro">
        Changes are saved to the room at once and every open screen follows them. <a href={hrefFor({ name: "event", eventId })}>Run the event</a>
      </p>
      <div className="setup-page__grid">
        <RunSheetEditor state={state} />
        <div className="setup-page__side">
          <EventDetailsForm event={state.event} options={options} onSaved={reload} />
          <SaveTemplateForm event={state.event} stageCount={state.stage.size} />
          <AboutYouSetup eventId={eventId} />
        </div>
      </div>
    </div>
  );
}
