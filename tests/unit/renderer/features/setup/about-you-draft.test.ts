import { describe, expect, it } from "vitest";
import { defaultMonitoringSet, MonitoringSet } from "../../../../../src/core";
import { eventId } from "../../../support/ids";
import { addCustomQuestion, optionsFrom, slugFor, toggleStandard, withDistricts } from "../../../../../src/renderer/features/setup/about-you-draft";

describe("the About you set as the organiser edits it", () => {
  it("makes ids from words, unique, never prefer-not, numbered when the words have no a-z", () => {
    expect(slugFor("Young carers", new Set(), "x")).toBe("young-carers");
    expect(slugFor("Young carers", new Set(["young-carers"]), "x")).toBe("young-carers-2");
    expect(slugFor("Prefer not", new Set(), "x")).toBe("prefer-not-1");
    expect(slugFor("مقدمو الرعاية", new Set(), "option-1")).toBe("option-1");
    expect(optionsFrom("Tenant\nOwner, Tenant")).toEqual([
      { id: "tenant", label: "Tenant" },
      { id: "owner", label: "Owner" },
      { id: "tenant-2", label: "Tenant" },
    ]);
  });

  it("drops a standard question with its target groups, and adds it back in the standard order", () => {
    const set: MonitoringSet = { ...defaultMonitoringSet(eventId("event-0001")), targets: [{ id: "carers", label: "Carers", questionId: "carer", optionId: "yes", hopedFor: 5 }] };
    const without = toggleStandard(set, "carer", false);
    expect(without.questions.map((q) => q.id)).not.toContain("carer");
    expect(without.targets).toEqual([]);
    expect(toggleStandard(without, "carer", true).questions.map((q) => q.id)).toEqual(set.questions.map((q) => q.id));
  });

  it("lists postcode districts with somewhere else last, and makes a set the room accepts", () => {
    const set = defaultMonitoringSet(eventId("event-0001"));
    const postcode = withDistricts(set.questions.find((q) => q.id === "postcode")!, "ls7, LS8 ,,ls7");
    expect(postcode.options.map((o) => o.label)).toEqual(["LS7", "LS8", "Somewhere else"]);
    const withOwn = addCustomQuestion({ ...set, questions: set.questions.map((q) => (q.id === "postcode" ? postcode : q)) }, "Do you rent your home?", "Council\nHousing association\nPrivate", false);
    expect(withOwn.questions.at(-1)).toMatchObject({ id: "do-you-rent-your-home", options: [{ id: "council" }, { id: "housing-association" }, { id: "private" }] });
    expect(MonitoringSet.safeParse(withOwn).success).toBe(true);
  });
});
