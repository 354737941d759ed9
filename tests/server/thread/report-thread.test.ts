import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import { pdfPagesToScreens } from "../../support/pdf";
import { decideAll, expectDone, exportAndWait, pdfText, withExports } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";
import { BROWSER_TEST_MS } from "../../support/timeouts";
import { adoptTopThree, HOOD, PARTNERSHIP, listeningToFinalRound } from "../support/thread-fixture";

type Room = ReturnType<ReturnType<typeof useRooms>["start"]>;

/** A listening event adopts three priorities; a month later a partnership meeting records progress, a win and a status; then a third event. */
function threeEvents(r: Room) {
  const first = listeningToFinalRound(r);
  const [safe, gp, young] = adoptTopThree(r, first.event.id).priorities;
  const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: first.event.id, text: "Ask the council to light the underpass", owner: "Residents' association" });
  callOk(r, FACILITATOR, "priorities.linkAction", { actionId: action.id, priorityId: safe!.id });
  const meeting = callOk(r, FACILITATOR, "events.create", { id: newId(), kind: "partnership", title: "July partnership meeting", neighbourhood: HOOD, partnership: PARTNERSHIP, date: "2026-07-20" });
  callOk(r, FACILITATOR, "priorities.progress", { id: newId(), actionId: action.id, on: "2026-07-20", text: "Letter sent to the council", status: "in-progress" });
  callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: safe!.neighbourhoodId, priorityId: safe!.id, on: "2026-08-01", text: "New bench at the bus stop" });
  callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: gp!.id, status: "partly-met", on: "2026-09-01" });
  const third = listeningToFinalRound(r, { date: "2026-11-14", title: "Elm Road autumn event" });
  return { first, meeting, third, safe: safe!, gp: gp!, young: young!, action };
}

describe("'You said, we did' never forgets", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("reports every priority still open or changed since the last report, however many meetings ago adopted, with a quote, what was done, and where it stands", () => {
    const r = rooms.start();
    const { third, meeting } = threeEvents(r);
    const html = callOk(r, FACILITATOR, "reports.preview", { eventId: third.event.id }).html;
    for (const words of ["Safe streets", "GP access", "Young people", "The underpass is dark after six", "Queue on the phone at 8am every day", "Nowhere for teenagers to go"])
      expect(html).toContain(words);
    expect(html).toContain("Letter sent to the council");
    expect(html).toContain("New bench at the bus stop");
    expect(html).toContain("Partly met");
    // The last report was the partnership meeting's: a met priority unchanged since then would drop out.
    expect(html).toContain(meeting.title);
  });

  it("leaves out a priority settled before the last report, and keeps one settled since", () => {
    const r = rooms.start();
    const { gp, third } = threeEvents(r);
    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: gp.id, status: "met", on: "2026-06-25" }); // the latest by date is still September's "partly met"
    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: gp.id, status: "met", on: "2026-10-01" });
    expect(callOk(r, FACILITATOR, "reports.preview", { eventId: third.event.id }).html).toContain("GP access");
    // A fourth event, after a report in November: GP access was met in October and has not changed since.
    const fourth = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Elm Road spring event", neighbourhood: HOOD, date: "2027-03-01" });
    const html = callOk(r, FACILITATOR, "reports.preview", { eventId: fourth.id }).html;
    expect(html).toContain("Safe streets");
    expect(html).not.toContain("Queue on the phone at 8am every day");
  });

  it("says which theme last time's commitments answered", () => {
    const r = rooms.start();
    const first = listeningToFinalRound(r);
    callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: first.event.id, text: "Walk the estate at night with the council", themeId: first.themeIds["Safe streets"]! });
    const next = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Elm Road follow-up", neighbourhood: HOOD, date: "2026-09-01" });
    expect(callOk(r, FACILITATOR, "reports.preview", { eventId: next.id }).html).toMatch(/Answers: <bdi[^>]*>Safe streets<\/bdi>/);
  });

  it("pdftotext of the PDF shows all three columns: you said, we did, where it stands", async () => {
    const r = rooms.start();
    withExports(r);
    const { third } = threeEvents(r);
    decideAll(r, third.event.id, "keep");
    const job = await exportAndWait(r, third.event.id, "pdf", 90_000);
    expectDone(job);
    pdfPagesToScreens(job.path, "report-thread", 60);
    const text = pdfText(job.path);
    for (const words of ["You said", "We did", "Where it stands", "Safe streets", "The underpass is dark after six", "Letter sent to the council", "New bench at the bus stop", "Partly met", "Not started", "Young people"])
      expect(text).toContain(words);
    const md = await exportAndWait(r, third.event.id, "markdown", 90_000);
    expectDone(md);
    const markdown = readFileSync(md.path, "utf8");
    expect(markdown).toContain("**You said:** Safe streets\n\n> The underpass is dark after six");
    expect(markdown).toContain("- Ask the council to light the underpass: In progress; 20 July 2026: Letter sent to the council");
    expect(markdown).toContain("**Where it stands:** Partly met (1 September 2026)");
  });
});
