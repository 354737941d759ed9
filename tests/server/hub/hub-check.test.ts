import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testHubConnection } from "../../../src/server/hub/check";
import { useTempDir } from "../support/temp-dir";
import { HUB_TEST_MS } from "../support/hub-fixture";

const input = (url: string, acceptPlainHttp = false) => ({ url, user: "north-elm-laptop-1", password: "pw", acceptPlainHttp });

describe("Test connection, in plain words", () => {
  const tempDir = useTempDir();
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });

  it("says a hub whose certificate this computer does not trust is not trusted", { timeout: HUB_TEST_MS }, async () => {
    const dir = tempDir();
    const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"], { stdio: "ignore" });
    const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end("{}"));
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    expect(await testHubConnection(input(`https://127.0.0.1:${port}/hearth-north-elm`))).toEqual({ ok: false, message: `The hub's certificate is not trusted by this computer (127.0.0.1:${port}).` });
  });

  it("refuses plain http to another computer before sending anything, unless the warning is accepted; wants the partnership in the address", async () => {
    expect(await testHubConnection(input("http://hub.example.org/hearth-north-elm"))).toMatchObject({ ok: false, message: expect.stringContaining("unencrypted") });
    expect(await testHubConnection(input("https://hub.example.org"))).toMatchObject({ ok: false, message: expect.stringContaining("partnership's database") });
    expect(await testHubConnection(input("hub.example.org/x"))).toMatchObject({ ok: false, message: expect.stringContaining("not a web address") });
  });
});
