import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDisposition } from "../../../src/server/lan/export-download";
import { seedElmRoad } from "../support/elm-road-room";
import { decideAll, expectDone, exportAndWait, withExports } from "../support/exports";
import { useLan } from "../support/lan-fixture";

describe("browser-mode downloads", () => {
  const lan = useLan();

  it("serves a finished export under its safe name with its token, and nothing without it", async () => {
    const { lan: server, room, root } = await lan.start();
    const r = { ...room, dir: join(root, "data") };
    withExports(r);
    const { event } = seedElmRoad(r);
    decideAll(r, event.id, "redact");
    const job = await exportAndWait(r, event.id, "csv");
    expectDone(job);
    const res = await fetch(`${server.url}${job.downloadUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="Elm Road listening event 2026-11-14 notes.csv"; filename*=UTF-8''Elm%20Road%20listening%20event%202026-11-14%20notes.csv`,
    );
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // the UTF-8 byte-order mark spreadsheets look for
    expect(body.subarray(3, 23).toString("utf8")).toBe("theme,question,note,");
    const [, , id, token] = job.downloadUrl!.split("/");
    for (const path of [`/exports/${id}/${"A".repeat(token!.length)}`, `/exports/${id}`, `/exports/${id}/${token}/..%2f..%2fhearth.db`, `/exports/../hearth.db`, `/exports/exp_missing1/${token}`])
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    // Only the data folder's exports are served, even with the right token.
    r.db.prepare(`UPDATE report_export SET path = ? WHERE id = ?`).run(join(root, "secret.txt"), id);
    expect((await fetch(`${server.url}${job.downloadUrl}`)).status).toBe(404);
  });

  it("names files in any script for every browser, without letting a name break the header", () => {
    expect(contentDisposition("Sąsiedzi لقاء 😞.pdf")).toBe(
      `attachment; filename="S_siedzi ____ _.pdf"; filename*=UTF-8''S%C4%85siedzi%20%D9%84%D9%82%D8%A7%D8%A1%20%F0%9F%98%9E.pdf`,
    );
    expect(contentDisposition('a";b\\c%d.pdf')).toBe(`attachment; filename="a__b_c_d.pdf"; filename*=UTF-8''a%22%3Bb%5Cc%25d.pdf`);
  });
});
