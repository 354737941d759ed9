import { writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding } from "../../../src/server/lan/compressed-files";
import { useLan } from "../support/lan-fixture";

/** A raw GET (fetch would undo the compression and hide the headers' effect). */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

const SCRIPT = `export const words = ${JSON.stringify("the phone's own screens ".repeat(400))};`;

describe("the renderer's files over the LAN", () => {
  const lan = useLan();

  it("sends hashed assets compressed, kept for good; the page itself is never cached", async () => {
    const { lan: server, root } = await lan.start();
    writeFileSync(join(root, "renderer", "assets", "DeviceRoot-CWPHAosT.js"), SCRIPT);
    const url = `${server.url}/assets/DeviceRoot-CWPHAosT.js`;

    const br = await get(url, { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers["vary"]).toBe("Accept-Encoding");
    expect(br.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(br.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get(url, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get(url, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    for (const path of ["/", "/index.html", "/some/route"]) {
      const page = await get(`${server.url}${path}`, { "accept-encoding": "br" });
      expect(page.headers["cache-control"], path).toBe("no-store");
      expect(page.headers["content-security-policy"], path).toContain("default-src 'self'");
      expect(brotliDecompressSync(page.body).toString(), path).toContain("<title>Hearth</title>");
    }
    // A file in assets/ without a content hash in its name is not kept either.
    expect((await get(`${server.url}/assets/app.js`, {})).headers["cache-control"]).toBe("no-store");
    expect((await get(`${server.url}/healthz`, {})).headers["cache-control"]).toBe("no-store");
  });

  it("chooses brotli, then gzip, and honours a refusal with q=0", () => {
    expect(chooseEncoding("/a/x.js", { "accept-encoding": "gzip, br" })).toBe("br");
    expect(chooseEncoding("/a/x.js", { "accept-encoding": "gzip, br;q=0" })).toBe("gzip");
    expect(chooseEncoding("/a/x.css", { "accept-encoding": "*" })).toBe("br");
    expect(chooseEncoding("/a/x.js", { "accept-encoding": "identity" })).toBeUndefined();
    expect(chooseEncoding("/a/x.js", {})).toBeUndefined();
    expect(chooseEncoding("/a/x.png", { "accept-encoding": "br" })).toBeUndefined();
  });
});
