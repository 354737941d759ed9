import { describe, expect, it } from "vitest";
import { applyReportEdit, buildReportModel, collectUserTexts, REPORT_CY, REPORT_EN, type ReportModel } from "../../../src/core";
import { escapeMarkdown, renderReportMarkdown } from "../../../src/server/report/export/markdown";
import { renderFooterHtml, renderReportHtml } from "../../../src/server/report/html/render-report";
import { elmRoadPriorities, elmRoadSource } from "../../unit/core/report/elm-road-source";

const strings = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === "string" ? [v] : strings(v as object)));
/** English's fixed words: what is left of each message between its placeholders, four letters or more, that Welsh does not share ("Logo"). */
const welsh = strings(REPORT_CY).join("\n");
const englishFragments = [...new Set(strings(REPORT_EN).flatMap((m) => m.split(/\{\{\w+\}\}/u)).map((f) => f.trim()).filter((f) => /\p{L}{4}/u.test(f) && !welsh.includes(f)))];
const englishIn = (text: string) => englishFragments.filter((f) => new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}($|[^\\p{L}])`, "u").test(text));

function welshModel(): ReportModel {
  const source = elmRoadSource();
  // With the vote's results, so the priorities table is drawn too.
  return buildReportModel({ ...source, priorities: elmRoadPriorities(), draft: applyReportEdit(source.draft, { op: "lang", lang: "cy" }, []) });
}

describe("a report in Welsh", () => {
  it("says Hearth's own headings, sentences and dates in Welsh, and its document language is Welsh", () => {
    const model = welshModel();
    expect(model.lang).toBe("cy");
    expect(model.sections.map((s) => s.heading)).toEqual(Object.values(REPORT_CY.headings));
    // Hearth's drafts of the title, introduction and section texts, until the organiser writes their own.
    expect(model.title.text).toMatch(/^Yr hyn a ddwedoch chi wrthym: /u);
    expect(model.intro.text).toMatch(/^Diolch i bawb a ddaeth i .* ar ddydd Sadwrn 14 Tachwedd 2026\. Cymerodd 63 ohonoch ran/u);
    expect(model.sections.find((s) => s.key === "what-you-said")?.text.text).toBe(REPORT_CY.sectionText["what-you-said"]);

    const doc = renderReportHtml(model);
    expect(doc).toContain('<html lang="cy" dir="ltr">');
    expect(doc).toContain("Adroddiad adborth");
    // Everything but the organiser's and residents' words (class="user"), the stylesheet and the title: no English left.
    const hearthWords = doc
      .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>|<h1[\s\S]*?<\/h1>/gu, "")
      .replace(/<(bdi|p) class="user[^"]*"[^>]*>[\s\S]*?<\/\1>/gu, "")
      .replace(/<[^>]+aria-label="([^"]*)"[^>]*>/gu, " $1 ")
      .replace(/<[^>]+alt="([^"]*)"[^>]*>/gu, " $1 ")
      .replace(/<[^>]*>/gu, " ");
    expect(englishIn(hearthWords)).toEqual([]);
    expect(hearthWords).toContain("Codwyd");
    expect(renderFooterHtml(model)).toContain("Tudalen <span class=\"pageNumber\"></span> o <span class=\"totalPages\"></span>");
  });

  it("is in Welsh as Markdown too", () => {
    const model = welshModel();
    let md = renderReportMarkdown(model);
    for (const u of collectUserTexts(model).sort((a, b) => b.text.length - a.text.length)) md = md.replaceAll(escapeMarkdown(u.text), "");
    expect(md).toContain("## Beth ddwedoch chi");
    expect(englishIn(md)).toEqual([]);
  });

  it("an English report is as it was: English headings and sentences, document language English", () => {
    const source = elmRoadSource();
    const doc = renderReportHtml(buildReportModel(source));
    expect(doc).toContain('<html lang="en" dir="ltr">');
    expect(doc).toContain("We met on Saturday 14 November 2026");
    expect(doc).toContain("Page numbers are added when printed");
  });
});
