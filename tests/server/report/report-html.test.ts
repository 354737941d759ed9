import { describe, expect, it } from "vitest";
import { buildReportModel, type Note } from "../../../src/core";
import { escapeHtml, html } from "../../../src/server/report/html/escape";
import { renderFooterHtml, renderReportHtml } from "../../../src/server/report/html/render-report";
import { reportStylesheet } from "../../../src/server/report/html/stylesheet";
import { securityHeaders } from "../../../src/server/lan/security";
import { elmRoadSource } from "../../unit/core/report/elm-road-source";
import { noteId } from "../../unit/support/ids";

const HOSTILE = ["<script>alert(1)</script>", '<img src=x onerror="alert(2)">', "javascript:alert(3)", "{{7*7}}", "${7*7}", "\"'><svg onload=alert(4)>", "</style><script>x</script>", "&amp; &lt;"];

describe("the html template tag", () => {
  it("escapes every interpolated value, so markup in user text is only ever text", () => {
    for (const text of HOSTILE) {
      const out = html`<p title="${text}">${text}</p>`.value;
      expect(out).not.toMatch(/<(script|img|svg)/iu);
      expect(out).not.toMatch(/="[^"]*"[^>]*on\w+=/u);
      expect(out).toBe(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`);
    }
    expect(escapeHtml(`<>&"'\``)).toBe("&lt;&gt;&amp;&quot;&#39;&#96;");
    expect(html`${"{{7*7}}"}`.value).toBe("{{7*7}}");
  });

  it("joins lists and nests templates without escaping them twice", () => {
    const items = ["a<b", "c&d"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>a&lt;b</li><li>c&amp;d</li></ul>");
    expect(html`${null}${undefined}${false}${0}`.value).toBe("0");
  });
});

describe("the report document", () => {
  it("carries hostile notes, titles, footer and contacts as text: no tag, script, handler or link is made from them", () => {
    const source = elmRoadSource();
    const notes: Note[] = HOSTILE.map((text, i) => ({ ...source.notes[0]!, id: noteId(`note_hostile${i}`), text, position: 100 + i }));
    const event = { ...source.event, title: "<b>Elm</b> {{7*7}}", venue: "<img src=x onerror=alert(5)>" };
    const draft = { ...source.draft, footer: '</div><script>alert("footer")</script>', contacts: "javascript:alert(6)", intro: "<a href=\"javascript:alert(7)\">click</a>" };
    const model = buildReportModel({ ...source, event, notes: [...source.notes, ...notes], draft });
    const doc = renderReportHtml(model);
    const footer = renderFooterHtml(model);
    for (const out of [doc, footer]) {
      expect(out).not.toMatch(/<script/iu);
      expect(out).not.toMatch(/<(img|svg|a)\s[^>]*(onerror|onload|href)/iu);
      expect(out).not.toContain("</style><script>");
    }
    expect(doc).not.toMatch(/<a\s/iu);
    expect(doc.match(/<img\s/gu)).toBeNull();
    expect(doc).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(doc).toContain("{{7*7}}");
    expect(doc).toContain("&lt;b&gt;Elm&lt;/b&gt; {{7*7}}");
    expect(footer).toContain("&lt;/div&gt;&lt;script&gt;alert(&quot;footer&quot;)&lt;/script&gt;");
    // One style element, our own, and no script element at all.
    expect(doc.match(/<style>/gu)).toHaveLength(1);
    expect(doc).toContain(`<style>${reportStylesheet().css}</style>`);
  });

  it("sets the document language, isolates each user text in its own direction, and tags notes with their language", () => {
    const doc = renderReportHtml(buildReportModel(elmRoadSource()));
    expect(doc).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/u);
    expect(doc).toContain('<bdi class="user" dir="auto" lang="ur">بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں</bdi>');
    expect(doc).toContain('<bdi class="user" dir="auto" lang="pl">Sąsiedzi są życzliwi, ale brakuje miejsc dla dzieci</bdi>');
  });

  it("lets the editor's preview frame apply exactly the report stylesheet under the page's CSP", () => {
    const csp = securityHeaders()["content-security-policy"]!;
    const styleSrc = csp.split("; ").find((d) => d.startsWith("style-src"))!;
    expect(styleSrc).toBe(`style-src 'self' ${reportStylesheet().hash}`);
    expect(styleSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("script-src 'self'");
  });

  it("uses type of at least 11pt everywhere in the stylesheet", () => {
    const sizes = [...reportStylesheet().css.matchAll(/font-size:\s*([\d.]+)(pt|px)/gu)].map((m) => (m[2] === "px" ? Number(m[1]) * 0.75 : Number(m[1])));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });
});
