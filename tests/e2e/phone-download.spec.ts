import type { Page, Response } from "@playwright/test";
import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { phone } from "./support/devices";

/** Every script a page loads until `ready` is visible, with its headers and (decoded) text. */
async function scriptsOf(page: Page, url: string, ready: () => Promise<void>) {
  const responses: Response[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") responses.push(r);
  });
  await page.goto(url);
  await ready();
  await page.waitForLoadState("networkidle");
  return Promise.all(responses.map(async (r) => ({ url: r.url(), headers: await r.allHeaders(), text: await r.text() })));
}

test("a phone downloads only the phone's screens: minified, compressed and kept by content hash; the facilitator's code stays on the laptop", async ({ browser, hearth }) => {
  test.setTimeout(120_000);
  const { context, page } = await phone(browser, "en-GB");
  const scripts = await scriptsOf(page, `${hearth.url}/#/join`, () => expect(page.getByRole("heading", { name: "Join the event" })).toBeVisible());
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) {
    expect(s.url, s.url).toMatch(/\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.js$/);
    expect(s.headers["content-encoding"], s.url).toMatch(/^(gzip|br)$/);
    expect(s.headers["cache-control"], s.url).toBe("public, max-age=31536000, immutable");
    // Minified: long lines (source as written averages under 60 characters a line).
    expect(s.text.length / s.text.split("\n").length, s.url).toBeGreaterThan(300);
  }
  const phoneCode = scripts.map((s) => s.text).join("\n");
  // Words only the facilitator's pages and the projector's wall hold.
  for (const facilitatorOnly of ["Actions register", "Let devices join", "wall__note"]) expect(phoneCode).not.toContain(facilitatorOnly);
  await expectNoSeriousA11yViolations(page);

  // The page itself is fetched afresh each time.
  const html = await page.request.get(`${hearth.url}/`);
  expect(html.headers()["cache-control"]).toBe("no-store");
  await context.close();

  // The facilitator's laptop does get its own screens.
  const laptop = await browser.newPage();
  const laptopScripts = await scriptsOf(laptop, `${hearth.url}/#/`, () => expect(laptop.getByRole("link", { name: "Actions register" })).toBeVisible());
  expect(laptopScripts.map((s) => s.text).join("\n")).toContain("Actions register");
  await laptop.close();
});
