import { lazy, Suspense } from "react";

const ProjectorPage = lazy(() => import("../features/projector/ProjectorPage").then((m) => ({ default: m.ProjectorPage })));

/** The wall, loaded when a screen becomes one: neither a phone nor the facilitator's pages carry its code otherwise. */
export function LazyProjectorPage({ eventId }: { eventId: string }) {
  return (
    <Suspense fallback={null}>
      <ProjectorPage eventId={eventId} />
    </Suspense>
  );
}
