import { newId, type ThreadExportJob } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk } from "./room-fixture";
import { adoptTopThree, listeningToFinalRound } from "./thread-fixture";
import { BROWSER_WAIT_MS } from "../../support/timeouts";

type Room = RunningRoom;

/** Three priorities a year on: a lead, an action with progress, wins (one with a phone number, one in Arabic), a series with two readings. */
export function yearOn(r: Room) {
  const first = listeningToFinalRound(r, { date: "2026-01-20" });
  const adopted = adoptTopThree(r, first.event.id).priorities;
  const [safe, gp, young] = [adopted[0]!, adopted[1]!, adopted[2]!];
  const hood = safe.neighbourhoodId;
  callOk(r, FACILITATOR, "priorities.update", { id: safe.id, lead: "Elm Road TRA" });
  callOk(r, FACILITATOR, "priorities.update", { id: gp.id, lead: "Practice manager, Elm Surgery" });
  callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: safe.id, status: "some-progress", on: "2026-03-01" });
  callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: gp.id, status: "partly-met", on: "2026-09-01" });
  const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: first.event.id, text: "Ask the council to light the underpass", owner: "Residents' association" });
  callOk(r, FACILITATOR, "priorities.linkAction", { actionId: action.id, priorityId: safe.id });
  callOk(r, FACILITATOR, "priorities.progress", { id: newId(), actionId: action.id, on: "2026-02-20", text: "Letter sent to the council", status: "in-progress" });
  callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, priorityId: safe.id, on: "2026-11-02", text: "New lights in the underpass, ring Sam on 07700 900123 to help" });
  callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, priorityId: young.id, on: "2026-12-01", text: "نادي الشباب يفتح كل جمعة" });
  callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, priorityId: null, on: "2026-03-01", text: "Spring litter pick" });
  const measure = callOk(r, FACILITATOR, "measures.add", { id: newId(), neighbourhoodId: hood, priorityId: gp.id, kind: "series", name: "Same-week appointments", unit: "%", source: "Practice figures" });
  callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: measure.id, on: "2026-03-01", value: 41 });
  callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: measure.id, on: "2026-09-01", value: 58 });
  return { hood, safe, gp, young };
}

export async function exportAndWait(r: Room, input: { neighbourhoodId: string; kind: "progress" | "good-news"; format: "pdf" | "markdown"; since?: string; until?: string }): Promise<ThreadExportJob> {
  const exportId = newId();
  callOk(r, FACILITATOR, "neighbourhoods.export", { exportId, ...input });
  const end = Date.now() + BROWSER_WAIT_MS;
  for (;;) {
    const job = callOk(r, FACILITATOR, "neighbourhoods.exportStatus", { exportId });
    if (["done", "failed", "cancelled"].includes(job.status)) return job;
    if (Date.now() > end) throw new Error(`export still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Decides every finding: phone numbers as `phones` says, everything else kept. */
export function decideAll(r: Room, neighbourhoodId: string, kind: "progress" | "good-news", phones: "redact" | "keep", period: { since?: string; until?: string } = {}) {
  for (const f of callOk(r, FACILITATOR, "neighbourhoods.exportPreview", { neighbourhoodId, kind, ...period }).findings)
    callOk(r, FACILITATOR, "neighbourhoods.decide", { neighbourhoodId, findingId: f.id, decision: { action: f.kind === "phone" ? phones : "keep" } });
}
