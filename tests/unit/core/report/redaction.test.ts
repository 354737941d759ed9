import { describe, expect, it } from "vitest";
import { buildReportModel, collectUserTexts, findPersonalData, redactModel, redactText, reportFindings, undecided, type Finding } from "../../../../src/core";
import { elmRoad } from "../../../fixtures/elm-road";
import { elmRoadSource } from "./elm-road-source";

const options = { extraNames: [] as string[], referenceYear: 2026 };
const find = (text: string, extraNames: string[] = []) => findPersonalData([{ key: "t", text }], { ...options, extraNames }).map((f) => [f.kind, f.match]);

describe("the personal data finder", () => {
  it("finds the fixture's seeded personal data", () => {
    const pii = elmRoad.notes.filter((n) => n.pii).map((n) => find(n.text));
    expect(pii).toEqual([
      [
        ["name", "Mrs Doreen Pickering"],
        ["address", "number 14"],
        ["phone", "07700 900123"],
      ],
      [["email", "jay.okafor@example.org"]],
      [
        ["name", "Ahmed Rashid"],
        ["postcode", "M14 5QX"],
      ],
    ]);
  });

  it("flags no ordinary words in the fixture's other notes, prompts and actions", () => {
    const ordinary = [
      ...elmRoad.notes.filter((n) => !n.pii).map((n) => n.text),
      ...elmRoad.prompts,
      ...elmRoad.previous_actions.flatMap((a) => [a.text, a.owner, a.note]),
      "Will you come? May brings the summer fair. Grace and hope; Green space by the Hall.",
      "Frank talk about the Brown estate; Mark the date. Rose garden on Park Road.",
      "GP phone lines open at 8 and full by 8.05; waiting list is 18 months; youth club shut in 2023.",
      "Meet on 14 January 2027 at 6pm at the M6 services; 1,500 people; call 111 or 999.",
    ];
    expect(ordinary.map((t) => find(t)).filter((f) => f.length > 0)).toEqual([]);
  });

  it("finds names: with a title, first name and surname, a known surname, and the organiser's own", () => {
    expect(find("Dr. Shah said Mr Okafor and Cllr Begum would come")).toEqual([
      ["name", "Dr. Shah"],
      ["name", "Mr Okafor"],
      ["name", "Cllr Begum"],
    ]);
    expect(find("Will Smith and Grace Patel came; ask Sarah about it; Kowalski knows")).toEqual([
      ["name", "Will Smith"],
      ["name", "Grace Patel"],
      ["name", "Sarah"],
      ["name", "Kowalski"],
    ]);
    expect(find("Sarah's mum lives on Emma Road")).toEqual([["name", "Sarah"]]);
    expect(find("ask big dave or ناصر at the mosque", ["Big Dave", "ناصر"])).toEqual([
      ["name", "big dave"],
      ["name", "ناصر"],
    ]);
  });

  it("finds UK phone numbers in the ways people write them", () => {
    for (const phone of ["07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900 123", "0161 496 0000", "(020) 7946 0000", "0113-496-0000", "0044 161 496 0000"])
      expect(find(`call ${phone} today`), phone).toEqual([["phone", phone]]);
    expect(find("ref 0000 and 07700 90012 and 077009001234567")).toEqual([]);
  });

  it("finds emails, postcodes in any case, and dates of birth", () => {
    expect(find("write to a.n.other+hearth@council.gov.uk now")).toEqual([["email", "a.n.other+hearth@council.gov.uk"]]);
    expect(find("lives at M14 5QX, or sw1a1aa, near B33 8TH")).toEqual([
      ["postcode", "M14 5QX"],
      ["postcode", "sw1a1aa"],
      ["postcode", "B33 8TH"],
    ]);
    expect(find("born 03/04/1951, DOB: 12 March 1948, was born in 1960, dob 1-2-2019, seen 4/5/62")).toEqual([
      ["dob", "03/04/1951"],
      ["dob", "12 March 1948"],
      ["dob", "1960"],
      ["dob", "1-2-2019"],
      ["dob", "4/5/62"],
    ]);
    expect(find("the survey on 12/09/2026 and the fair on March 3, 2026")).toEqual([]);
  });

  it("gives each occurrence its own stable id", () => {
    const findings = findPersonalData([{ key: "note.a", text: "Sarah and Sarah" }], options);
    expect(findings.map((f) => f.id)).toEqual(["note.a#name#Sarah#0", "note.a#name#Sarah#1"]);
    expect(findings[1]).toMatchObject({ before: "Sarah and ", after: "" });
  });
});

describe("applying decisions", () => {
  const text = "Mrs Doreen Pickering at number 14, call her daughter on 07700 900123";
  const findings = findPersonalData([{ key: "n", text }], options);
  const [name, address, phone] = findings as [Finding, Finding, Finding];

  it("redacts, keeps or replaces each finding, and redacts what is undecided", () => {
    expect(redactText(text, findings, { [name.id]: { action: "keep" }, [address.id]: { action: "keep" }, [phone.id]: { action: "redact" } })).toBe(
      "Mrs Doreen Pickering at number 14, call her daughter on [phone number removed]",
    );
    expect(redactText(text, findings, { [name.id]: { action: "edit", text: "a neighbour" }, [address.id]: { action: "keep" }, [phone.id]: { action: "keep" } })).toBe(
      "a neighbour at number 14, call her daughter on 07700 900123",
    );
    expect(redactText(text, findings, {})).toBe("[name removed] at [address removed], call her daughter on [phone number removed]");
    expect(undecided(findings, { [name.id]: { action: "keep" }, [address.id]: { action: "keep" } })).toEqual([phone]);
  });

  it("redacts a note wherever the report shows it (in its theme and as a quote)", () => {
    const source = elmRoadSource();
    const doreen = source.notes.find((n) => n.text.startsWith("Mrs Doreen"))!;
    const notes = source.notes.map((n) => (n.id === doreen.id ? { ...n, themeId: source.themes[1]!.id, position: -1 } : n));
    const draft = { ...source.draft, quoteMode: "chosen" as const, quoteNoteIds: [doreen.id] };
    const model = buildReportModel({ ...source, notes, draft });
    const found = reportFindings(model, options);
    expect(found.filter((f) => f.field === `note.${doreen.id}`).map((f) => f.kind)).toEqual(["name", "address", "phone"]);
    const redacted = redactModel(model, found, Object.fromEntries(found.map((f) => [f.id, { action: "redact" as const }])));
    const texts = collectUserTexts(redacted).filter((t) => t.key === `note.${doreen.id}`);
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(t.text).toBe("[name removed] at [address removed] hasn't left her flat since her fall, call her daughter on [phone number removed]");
    expect(JSON.stringify(redacted)).not.toContain("Doreen");
  });
});
