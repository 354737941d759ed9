import { hrefFor } from "../app/router";
import { ErrorMessage } from "./ErrorMessage";

/** When an event's page cannot load it: why, and the way back to the list. */
export function EventLoadError({ message }: { message: string }) {
  return (
    <>
      <h1>This event could not be opened</h1>
      <ErrorMessage error={message} />
      <p>
        <a href={hrefFor({ name: "events" })}>Back to the events</a>
      </p>
    </>
  );
}
