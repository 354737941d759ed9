import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { setUpElmRoad } from "./support/elm-road-setup";
import { pdfPagesToScreens, pdfText, SCREENS } from "../support/pdf";
import { RoomClient } from "./support/room-client";

test("the organiser chooses Welsh for the report: the preview and the PDF say Hearth's headings and sentences in Welsh", async ({ page, hearth }, testInfo) => {
  test.setTimeout(180_000); // printing a PDF on a small, shared machine
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await setUpElmRoad(room);
  room.close();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${hearth.url}/#/events/${eventId}/report`);
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await expect(preview.getByRole("heading", { level: 2, name: "What happened" })).toBeVisible();

  const language = page.getByLabel("Language of the report's headings and sentences");
  await expect(language.locator("option", { hasText: "Cymraeg (not yet checked by a fluent speaker)" })).toHaveCount(1);
  await language.selectOption("cy");
  await expect(page.getByRole("status").filter({ hasText: /changes saved|Saving/ })).toHaveText("All changes saved");
  await expect(preview.getByRole("heading", { level: 2, name: "Beth ddigwyddodd" })).toBeVisible();
  await expect(preview.locator("html")).toHaveAttribute("lang", "cy");
  await expect(preview.getByText("Ni chynhaliwyd pleidlais.")).toBeVisible();
  // Hearth's draft of the title follows the language until the organiser writes their own.
  await expect(page.getByLabel("Report title")).toHaveValue(/^Yr hyn a ddwedoch chi wrthym: /u);
  await expectNoSeriousA11yViolations(page);

  // Hearth's Welsh words give the personal-data review nothing to find: only the residents' words are flagged.
  const findings = page.getByRole("list", { name: "Findings" }).getByRole("listitem");
  await expect(findings.first()).toBeVisible();
  await expect(findings.filter({ has: page.locator("mark", { hasText: /^(Beth|Yr|Diolch|Dydd|Sadwrn|Tachwedd)$/u }) })).toHaveCount(0);
  await page.getByRole("button", { name: /^Redact all \d+ undecided$/ }).click();
  await page.getByRole("button", { name: "Export PDF" }).click();
  await page.getByRole("dialog", { name: "Export the report as it is?" }).getByRole("button", { name: "Export PDF anyway" }).click();
  await expect(page.getByText("PDF report: Done.")).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF report" }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  const text = pdfText(file);
  for (const heading of ["Beth ddigwyddodd", "Beth ofynnon ni", "Beth ddwedoch chi", "Eich blaenoriaethau", "Beth sy'n digwydd nesaf", "Sut i barhau i gymryd rhan"]) expect(text).toContain(heading);
  expect(text).toContain("ADRODDIAD ADBORTH"); // the kicker is set in capitals
  expect(text).toContain("Yr hyn a ddwedoch chi wrthym");
  expect(text).toMatch(/Tudalen 1 o \d+/u);
  expect(text).toContain("Dydd Sadwrn 14 Tachwedd 2026");
  expect(text).toContain("ar ddydd Sadwrn 14 Tachwedd 2026"); // after "ar" ("on") the day mutates
  for (const english of ["What happened", "Feedback report", "No vote was held", "Page 1 of"]) expect(text).not.toContain(english);
  expect(pdfPagesToScreens(file, "report-pdf-cy").length).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: `${SCREENS}/report-editor-cy.png` });
});
