import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../../../src/server/room/actor";
import { seedElmRoad } from "../support/elm-road-room";
import { callOk, useRooms } from "../support/room-fixture";
import { upload } from "../support/uploads";

/** A real, minimal PNG (w × h, one colour) made here, so the test owns its bytes. */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x8a)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

describe("report drafts", () => {
  const rooms = useRooms();

  it("starts from a draft Hearth writes, saves each edit, and keeps it across a restart", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const first = callOk(r, FACILITATOR, "reports.draft", { eventId: event.id });
    expect(first.draft).toMatchObject({ version: 0, intro: null, quoteMode: "auto", logo: null });
    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "intro", text: "Thank you, Elm Road." } });
    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "attendance", value: 63 } });
    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "section", key: "what-next", text: "We will report back in March." } });
    const saved = callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "footer", text: "Northfield Community Partnership · hello@northfield.example" } });
    expect(saved.version).toBe(4);
    r.close();
    const again = rooms.start(r.dir);
    const { draft } = callOk(again, FACILITATOR, "reports.draft", { eventId: event.id });
    expect(draft).toMatchObject({ version: 4, intro: "Thank you, Elm Road.", attendance: 63, sectionText: { "what-next": "We will report back in March." } });
  });

  it("refuses bad edits with a clear message and keeps the draft as it was", () => {
    const r = rooms.start();
    const { event, notes } = seedElmRoad(r);
    const bad: [unknown, string][] = [
      [{ op: "intro", text: "x".repeat(2001) }, "too long"],
      [{ op: "order", order: ["what-happened"] }, "every section once"],
      [{ op: "attendance", value: -1 }, "cannot be negative"],
      [{ op: "quote", noteId: "note_missing1", included: true }, "not shown in this report"],
      [{ op: "decide", key: "__proto__", decision: { action: "keep" } }, "not a finding"],
      [{ op: "script", text: "<script>" }, "op"],
    ];
    for (const [edit, msg] of bad) {
      const res = r.room.call(FACILITATOR, { method: "reports.update", input: { eventId: event.id, edit }, commandId: `cmd_${Math.random().toString(36).slice(2, 12)}` });
      expect(res.ok, JSON.stringify(edit).slice(0, 40)).toBe(false);
      if (!res.ok) expect(res.error.message).toContain(msg);
    }
    expect(callOk(r, FACILITATOR, "reports.draft", { eventId: event.id }).draft.version).toBe(0);
    expect(notes).toHaveLength(36);
  });

  it("previews the report as HTML with every section, user text escaped, and lists what to review", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const { html, findings } = callOk(r, FACILITATOR, "reports.preview", { eventId: event.id });
    for (const heading of ["What happened", "What we asked", "What you said", "Your priorities", "What happens next", "You said, we did", "How to stay involved"])
      expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain("No vote was held.");
    expect(html).toContain("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; test from the youth worker&#39;s phone");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('lang="ar">لا توجد إضاءة في الحديقة ليلاً</bdi>');
    expect(html).toContain("Survey done in September; repairs to 12 flats booked");
    // In document order: the themed notes first, the unthemed one (Mrs Pickering's) last.
    expect(findings.map((f) => [f.kind, f.match])).toEqual([
      ["email", "jay.okafor@example.org"],
      ["name", "Ahmed Rashid"],
      ["postcode", "M14 5QX"],
      ["name", "Mrs Doreen Pickering"],
      ["address", "number 14"],
      ["phone", "07700 900123"],
    ]);
    // Until decided, findings are redacted in the preview: a slip only ever removes too much.
    expect(html).not.toContain("Doreen");
    expect(html).toContain("[name removed] at [address removed]");
  });

  it("applies the organiser's decisions, and looks for the names they add", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const { findings } = callOk(r, FACILITATOR, "reports.preview", { eventId: event.id });
    const doreen = findings.find((f) => f.match === "Mrs Doreen Pickering");
    const phone = findings.find((f) => f.kind === "phone");
    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "decide", key: doreen!.id, decision: { action: "keep" } } });
    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "decide", key: phone!.id, decision: { action: "edit", text: "(number given to the organiser)" } } });
    let { html } = callOk(r, FACILITATOR, "reports.preview", { eventId: event.id });
    expect(html).toContain("Mrs Doreen Pickering at [address removed] hasn&#39;t left her flat since her fall, call her daughter on (number given to the organiser)");
    expect(callOk(r, FACILITATOR, "reports.addName", { name: "Brook House" }).names).toEqual(["Brook House"]);
    const after = callOk(r, FACILITATOR, "reports.preview", { eventId: event.id });
    expect(after.findings.filter((f) => f.match === "Brook House").map((f) => f.field.split(".")[0])).toEqual(["note", "note", "previous-action"]);
    html = after.html;
    expect(html).not.toContain("Brook House");
    expect(callOk(r, FACILITATOR, "reports.removeName", { name: "brook house" }).names).toEqual([]);
  });

  it("takes a PNG logo sent in chunks, and refuses SVG, other files and oversize ones", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const logo = png(300, 120);
    upload(r, "upl_logo0001", "logo", logo);
    const draft = callOk(r, FACILITATOR, "reports.setLogo", { eventId: event.id, uploadId: "upl_logo0001" });
    expect(draft.logo).toMatchObject({ mime: "image/png", width: 300, height: 120, bytes: logo.length });
    expect(callOk(r, FACILITATOR, "reports.preview", { eventId: event.id }).html).toContain(`src="data:image/png;base64,${logo.toString("base64")}"`);
    const refuse = (uploadId: string, bytes: Uint8Array, msg: RegExp) => {
      upload(r, uploadId, "logo", bytes);
      const res = r.room.call(FACILITATOR, { method: "reports.setLogo", input: { eventId: event.id, uploadId }, commandId: `cmd_${uploadId}` });
      expect(res).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringMatching(msg) } });
    };
    refuse("upl_svg00001", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'), /SVG logos are converted/);
    refuse("upl_text0001", Buffer.from("hello"), /must be a PNG or JPEG/);
    const big = Buffer.concat([png(10, 10), Buffer.alloc(600 * 1024)]);
    const res = r.room.call(FACILITATOR, { method: "uploads.chunk", input: { uploadId: "upl_big00001", purpose: "logo", index: 0, total: 80, data: "AAAA" }, commandId: "cmd_big_1" });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringContaining("too large") } });
    expect(big.length).toBeGreaterThan(512 * 1024);
    expect(callOk(r, FACILITATOR, "reports.draft", { eventId: event.id }).draft.logo?.width).toBe(300);
    expect(callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "remove-logo" } }).logo).toBeNull();
  });

  it("keeps the 10-day clock: an editable due date, and when and how the report went out", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    expect(event.feedbackDueOn).toBe("2026-11-24");
    const moved = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).seq;
    const updated = callOk(r, FACILITATOR, "reports.setDueOn", { eventId: event.id, dueOn: "2026-11-27" });
    expect(updated.feedbackDueOn).toBe("2026-11-27");
    expect(updated.updatedSeq).toBeGreaterThan(moved);
    expect(r.room.call(FACILITATOR, { method: "reports.setDueOn", input: { eventId: event.id, dueOn: "2026-11-01" }, commandId: "cmd_due_early" })).toMatchObject({ ok: false });
    const sent = callOk(r, FACILITATOR, "reports.recordSent", { eventId: event.id, sent: { sentOn: "2026-11-20", channels: ["printed", "emailed", "printed"], note: "100 copies at the hub" } });
    expect(sent.sent).toEqual({ sentOn: "2026-11-20", channels: ["printed", "emailed"], note: "100 copies at the hub" });
    const clock = callOk(r, FACILITATOR, "reports.clock", {});
    expect(clock.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(clock.reports).toEqual([
      { eventId: event.id, feedbackDueOn: "2026-11-27", sent: sent.sent },
      { eventId: "evt_summer01", feedbackDueOn: "2026-06-30", sent: null },
    ]);
    expect(r.room.call(FACILITATOR, { method: "reports.recordSent", input: { eventId: event.id, sent: { sentOn: "2099-01-01", channels: ["emailed"] } }, commandId: "cmd_sent_future" })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("has not come yet") },
    });
    expect(callOk(r, FACILITATOR, "reports.recordSent", { eventId: event.id, sent: null }).sent).toBeNull();
  });
});
