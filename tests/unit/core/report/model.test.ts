import { describe, expect, it } from "vitest";
import { applyReportEdit, autoQuoteIds, buildReportModel, collectUserTexts, rankItems, SECTION_KEYS, type ReportModel, type ReportSection } from "../../../../src/core";
import { elmRoadPriorities, elmRoadSource } from "./elm-road-source";

const sectionOf = <K extends ReportSection["key"]>(model: ReportModel, key: K) => model.sections.find((s): s is Extract<ReportSection, { key: K }> => s.key === key)!;

describe("buildReportModel", () => {
  it("has every section, in the default order, with the counts of what happened (never names)", () => {
    const source = elmRoadSource();
    const model = buildReportModel(source);
    expect(model.sections.map((s) => s.key)).toEqual(SECTION_KEYS);
    expect(model.sections.map((s) => s.heading)).toEqual([
      "What happened",
      "What we asked",
      "What you said",
      "Your priorities",
      "What happens next",
      "You said, we did",
      "How to stay involved",
    ]);
    const happened = sectionOf(model, "what-happened");
    expect(happened.counts).toEqual({ attendance: 63, notes: 36, tables: 6, themes: 6, languages: 3 });
    expect(model.intro.text).toContain("63 of you took part and wrote 36 notes");
    // Attribution was on and every note carries an author: it never reaches the report.
    expect(JSON.stringify(model)).not.toContain("Sam");
  });

  it("follows the organiser's section order and texts", () => {
    const source = elmRoadSource();
    let draft = applyReportEdit(source.draft, { op: "order", order: [...SECTION_KEYS].reverse() }, []);
    draft = applyReportEdit(draft, { op: "section", key: "what-next", text: "Our promises." }, []);
    draft = applyReportEdit(draft, { op: "intro", text: "" }, []);
    const model = buildReportModel({ ...source, draft });
    expect(model.sections.map((s) => s.key)).toEqual([...SECTION_KEYS].reverse());
    expect(sectionOf(model, "what-next").text.text).toBe("Our promises.");
    expect(model.intro.text).toBe("");
    expect(draft.version).toBe(3);
  });

  it("lists the prompts in their order", () => {
    const model = buildReportModel(elmRoadSource());
    expect(sectionOf(model, "what-we-asked").prompts.map((p) => p.text)).toEqual([
      "What matters most to you about living on Elm Road?",
      "What makes it hard to stay healthy and well here?",
      "What would make the biggest difference, and who could help?",
    ]);
  });

  it("groups notes under their themes, unthemed ones last, with counts and one quote per theme", () => {
    const model = buildReportModel(elmRoadSource());
    const themes = sectionOf(model, "what-you-said").themes;
    expect(themes.map((t) => t.title?.text ?? null)).toEqual([
      "Getting about",
      "Seeing a GP and getting help",
      "Homes",
      "Feeling safe",
      "Somewhere to go, someone to see",
      "Food and money",
      null,
    ]);
    const homes = themes[2]!;
    expect(homes.notes.map((n) => n.text.text)).toEqual([
      "Damp and mould in the flats, children always coughing",
      "Dampness in Brook House flats making asthma worse",
      "Housing association to fix damp within a month, with residents checking",
    ]);
    expect(homes.raisedCount).toBe(3);
    expect(homes.tableCount).toBe(2);
    expect(homes.quotes.map((q) => q.text.text)).toEqual(["Damp and mould in the flats, children always coughing"]);
    expect(themes.at(-1)!.quotes).toEqual([]);
    const arabic = themes[3]!.notes.find((n) => n.text.lang === "ar");
    expect(arabic?.text.text).toBe("لا توجد إضاءة في الحديقة ليلاً");
  });

  it("folds merged duplicates into the note that remains: raised N times, quoted first; hidden and deleted notes are left out", () => {
    const source = elmRoadSource();
    const notes = source.notes.map((n) => {
      if (n.text.startsWith("GP phone queue")) return { ...n, mergedInto: source.notes[7]!.id };
      if (n.text.startsWith("Mental health")) return { ...n, mergedInto: source.notes[8]!.id }; // a chain: merged into a merged note
      if (n.text.startsWith("Social prescriber")) return { ...n, deleted: true };
      if (n.text.startsWith("Talking therapy")) return { ...n, hidden: true };
      return n;
    });
    const model = buildReportModel({ ...source, notes });
    const gp = sectionOf(model, "what-you-said").themes[1]!;
    expect(gp.notes.map((n) => [n.text.text.slice(0, 24), n.raised])).toEqual([
      ["Can't get a GP appointme", 3],
      ["A GP nurse drop-in at th", 1],
    ]);
    expect(gp.raisedCount).toBe(4);
    expect(gp.quotes.map((q) => q.raised)).toEqual([3]);
    expect(sectionOf(model, "what-happened").counts.notes).toBe(34);
  });

  it("uses exactly the quotes the organiser chose once they choose", () => {
    const source = elmRoadSource();
    const auto = autoQuoteIds(source.notes, source.themes);
    expect(auto).toHaveLength(6);
    const chosen = source.notes.find((n) => n.text.startsWith("Dampness"))!.id;
    let draft = applyReportEdit(source.draft, { op: "quote", noteId: chosen, included: true }, auto);
    draft = applyReportEdit(draft, { op: "quote", noteId: auto[0]!, included: false }, auto);
    expect(draft.quoteMode).toBe("chosen");
    const model = buildReportModel({ ...source, draft });
    const themes = sectionOf(model, "what-you-said").themes;
    expect(themes[0]!.quotes).toEqual([]);
    expect(themes[2]!.quotes.map((q) => q.text.text)).toEqual([
      "Damp and mould in the flats, children always coughing",
      "Dampness in Brook House flats making asthma worse",
    ]);
  });

  it("puts every note under 'Not yet themed' when there are no themes", () => {
    const source = elmRoadSource({ themes: [] });
    const themes = sectionOf(buildReportModel(source), "what-you-said").themes;
    expect(themes).toHaveLength(1);
    expect(themes[0]!.title).toBeNull();
    expect(themes[0]!.notes).toHaveLength(36);
  });

  it("lists this event's actions by due date, with what they answer and where carried ones came from", () => {
    const model = buildReportModel(elmRoadSource());
    const next = sectionOf(model, "what-next").actions;
    expect(next.map((a) => [a.text.text.slice(0, 20), a.owner.text, a.dueOn])).toEqual([
      ["Raise GP phone acces", "Primary care network", "2026-12-15"],
      ["Ask the council and ", "Northfield Community Partnership", "2027-01-31"],
      ["Set up a weekly GP n", "Primary care network", "2027-02-28"],
    ]);
    expect(next[1]!.answers?.text).toBe("Getting about");
    expect(next[0]!.carriedFrom).toMatchObject({ title: { text: "Elm Road summer listening event" }, date: "2026-06-20" });
  });

  it("carries the previous event's actions into 'you said, we did' with their status and line of explanation", () => {
    const model = buildReportModel(elmRoadSource());
    const did = sectionOf(model, "you-said-we-did");
    expect(did.previous?.title.text).toBe("Elm Road summer listening event");
    expect(did.actions.map((a) => [a.status, a.update.text])).toEqual([
      ["not-done", "Meeting postponed twice"],
      ["done", "Survey done in September; repairs to 12 flats booked"],
      ["in-progress", "St Barnabas hall offered Tuesdays from January"],
    ]);
    const first = buildReportModel(elmRoadSource({ previous: null }));
    expect(sectionOf(first, "you-said-we-did")).toMatchObject({ previous: null, actions: [] });
  });

  it("shows no priorities when no vote was held, and ranked ones with totals when there was", () => {
    expect(sectionOf(buildReportModel(elmRoadSource()), "priorities").priorities).toBeNull();
    const p = sectionOf(buildReportModel(elmRoadSource({ priorities: elmRoadPriorities() })), "priorities").priorities!;
    expect(p.items.map((i) => [i.label.text, i.dots, i.rank, i.tied])).toEqual([
      ["Seeing a GP and getting help", 50, 1, false],
      ["Homes", 41, 2, false],
      ["Somewhere to go, someone to see", 36, 3, false],
      ["Getting about", 26, 4, true],
      ["Feeling safe", 26, 4, true],
      ["Food and money", 13, 6, false],
    ]);
    expect([p.totalDots, p.phoneDots, p.paperDots]).toEqual([192, 67, 125]);
  });

  it("keys every user text by where it came from, so one decision covers a note wherever it appears", () => {
    const model = buildReportModel(elmRoadSource());
    const keys = collectUserTexts(model).map((t) => t.key);
    const quoteKey = sectionOf(model, "what-you-said").themes[2]!.quotes[0]!.text.key;
    expect(keys.filter((k) => k === quoteKey)).toHaveLength(2);
    expect(keys).toContain("draft.intro");
    expect(keys).toContain("previous-action.prevact_0xxxx.update");
  });
});

describe("rankItems", () => {
  it("gives equal dots the same rank and skips the next (1, 2, 2, 4)", () => {
    const ranked = rankItems([{ dots: 3 }, { dots: 9 }, { dots: 5 }, { dots: 5 }, { dots: 0 }]);
    expect(ranked.map((r) => [r.dots, r.rank, r.tied])).toEqual([
      [9, 1, false],
      [5, 2, true],
      [5, 2, true],
      [3, 4, false],
      [0, 5, false],
    ]);
  });
});
