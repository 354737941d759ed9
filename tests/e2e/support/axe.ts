import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const SERIOUS = new Set(["serious", "critical"]);
/** Elements listed per violation; the rest are counted. */
const MAX_NODES = 5;

const describe = (v: Violation): string =>
  [
    `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes.slice(0, MAX_NODES).map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`),
    ...(v.nodes.length > MAX_NODES ? [`    …and ${v.nodes.length - MAX_NODES} more`] : []),
  ].join("\n");

/**
 * Runs axe-core on the page as it is now and fails with a readable list of serious and
 * critical violations. `exclude` takes CSS selectors for parts the test does not own.
 */
export async function expectNoSeriousA11yViolations(page: Page, opts: { exclude?: string[] } = {}): Promise<void> {
  // A sandboxed frame runs no scripts, so axe cannot run inside it; its partial-run mode then
  // opens a new tab to finish in, which this browser refuses. Legacy mode runs in the page itself.
  const sandboxed = await page.locator("iframe[sandbox]").count();
  let builder = new AxeBuilder({ page }).setLegacyMode(sandboxed > 0);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact && SERIOUS.has(v.impact));
  if (serious.length === 0) return;
  throw new Error(`${serious.length} serious accessibility violation(s) on ${page.url()}:\n${serious.map(describe).join("\n")}`);
}
