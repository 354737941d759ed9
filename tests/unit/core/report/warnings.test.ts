import { describe, expect, it } from "vitest";
import { buildReportModel, defaultDraft, reportWarnings } from "../../../../src/core";
import { elmRoadPriorities, elmRoadSource } from "./elm-road-source";

describe("warnings before the report goes out", () => {
  it("warns of no contact, no next meeting and each empty section", () => {
    const source = elmRoadSource({ actions: [], previous: null });
    expect(reportWarnings(buildReportModel(source))).toEqual([
      "The report gives no contact: residents have no one to get in touch with. Add one under Contacts.",
      "The report gives no next meeting. Add it under Next meeting.",
      "“Your priorities” has nothing in it yet.",
      "“What happens next” has nothing in it yet.",
      "“You said, we did” has nothing in it yet.",
    ]);
  });

  it("says nothing when every section has something and residents know where to turn", () => {
    const source = elmRoadSource({ priorities: elmRoadPriorities() });
    const draft = { ...source.draft, contacts: "hello@northfield.example", nextMeeting: "Tuesday 8 December, 6pm" };
    expect(reportWarnings(buildReportModel({ ...source, draft }))).toEqual([]);
  });

  it("warns when the priorities come from a round not marked final", () => {
    const source = elmRoadSource({ priorities: { ...elmRoadPriorities(), final: false } });
    const draft = { ...defaultDraft(source.event.id), contacts: "hello@northfield.example", nextMeeting: "Tuesday" };
    expect(reportWarnings(buildReportModel({ ...source, draft }))).toEqual([
      "No vote round was marked final: “Your priorities” shows the last round whose results were shown, “Community round”.",
    ]);
  });
});
