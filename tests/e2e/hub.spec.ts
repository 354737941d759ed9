import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initPartnership } from "../../src/server/hub/init";
import { startStandIn } from "../../src/server/hub/stand-in";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

/** A port nothing listens on: one the system just handed out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
const admin = { name: "hub-admin", password: "a long secret for the test" };

test("Partnership hub: Test connection answers in plain words", async ({ page, hearth }) => {
  const dir = await mkdtemp(join(tmpdir(), "hearth-hub-e2e-"));
  const hub = await startStandIn({ dataDir: dir, host: "127.0.0.1", port: 0, admin });
  try {
    const setUp = await initPartnership({ url: hub.url, partnership: "North Elm", admin, laptops: ["laptop-1"], observers: [] });
    const password = setUp.accounts[0]!.password!;
    await page.goto(hearth.url);
    await page.getByRole("link", { name: "Data and backups" }).click();
    await page.getByRole("link", { name: "Partnership hub" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Partnership hub" })).toBeVisible();
    await expect(page.getByText("is not connected to a partnership hub")).toBeVisible();

    const test = async (url: string, user: string, pw: string) => {
      await page.getByLabel("Hub address", { exact: true }).fill(url);
      await page.getByLabel("Account", { exact: true }).fill(user);
      await page.getByLabel("Password", { exact: true }).fill(pw);
      await page.getByRole("button", { name: "Test connection" }).click();
    };
    await test(setUp.hubUrl, "north-elm-laptop-1", "not the password");
    await expect(page.getByRole("alert")).toHaveText("The hub refused this laptop's account: the name or password is wrong.");
    await test(`${hub.url}/hearth-south-side`, "north-elm-laptop-1", password);
    await expect(page.getByRole("alert")).toContainText("There is no such partnership on the hub");
    const closed = await closedPort();
    await test(`http://127.0.0.1:${closed}/hearth-north-elm`, "north-elm-laptop-1", password);
    await expect(page.getByRole("alert")).toContainText(`The hub is not reachable (127.0.0.1:${closed})`);
    await test("http://hub.example.org/hearth-north-elm", "north-elm-laptop-1", password);
    await expect(page.getByLabel(/I accept that the password and the thread cross the network/)).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("plain http: the password and the thread would cross the network unencrypted");
    await test(setUp.hubUrl, "north-elm-laptop-1", password);
    await expect(page.getByRole("status").filter({ hasText: "Connected" })).toHaveText(`Connected: the account north-elm-laptop-1 reaches this partnership on ${new URL(hub.url).host}.`);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${screens}/hub-page.png`, fullPage: true });
  } finally {
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  }
});
