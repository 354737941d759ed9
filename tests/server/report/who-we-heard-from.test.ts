import { describe, expect, it } from "vitest";
import { defaultMonitoringSet, type Change } from "../../../src/core";
import { archiveBytes, buildArchive } from "../../../src/server/report/archive/export-archive";
import { renderNotesCsv } from "../../../src/server/report/export/csv";
import { renderReportMarkdown } from "../../../src/server/report/export/markdown";
import { renderReportHtml } from "../../../src/server/report/html/render-report";
import { prepareReport } from "../../../src/server/report/prepare";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { seedElmRoad } from "../support/elm-road-room";
import { callOk, useRooms } from "../support/room-fixture";

const SEX = [["female"], ["female"], ["female"], ["male"], ["male"], ["prefer-not"]];
const CARER = [["yes"], ["no"], ["no"], ["no"], ["no"], ["prefer-not"]];

describe("the report's Who we heard from", { timeout: 60_000 }, () => {
  const rooms = useRooms();

  it("shows phone and paper counts together, small numbers hidden, against the targets; never in the notes CSV, the archive or on the wall", async () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const eventId = event.id;
    const set = { ...defaultMonitoringSet(eventId), enabled: true, targets: [{ id: "young-carers", label: "Young carers", questionId: "carer", optionId: "yes", hopedFor: 10 }] };
    callOk(r, FACILITATOR, "monitoring.save", set);
    const wall: Actor = { deviceId: "projector-wall", role: "projector", eventId };
    const wallSaw: Change[] = [];
    r.room.subscribe(wall, eventId, 0, (c) => wallSaw.push(c));
    SEX.forEach((sex, i) => {
      const phone: Actor = { deviceId: `phone-device-${i}`, role: "participant", eventId };
      callOk(r, phone, "monitoring.answer", { eventId, answers: [{ questionId: "sex", optionId: sex[0]! }, { questionId: "carer", optionId: CARER[i]![0]! }] });
    });
    // Twelve slips: 7 women and 5 men; 2 carers, 10 not.
    for (const [questionId, optionId, count] of [["sex", "female", 7], ["sex", "male", 5], ["carer", "yes", 2], ["carer", "no", 10]] as const)
      callOk(r, FACILITATOR, "monitoring.tally", { eventId, questionId, optionId, count });

    const prepared = prepareReport(r.db, eventId);
    const sex = prepared.model.heard!.questions.find((q) => q.label === "What is your sex?")!;
    // 10 women, 7 men, 1 prefer not to say (total 18): the 1 is fewer than 5, and the 7 is hidden so 18 − 10 − 7 cannot give it away.
    expect(sex.rows).toEqual([
      { label: "Female", shown: { kind: "count", value: 10 } },
      { label: "Male", shown: { kind: "hidden" } },
      { label: "Prefer not to say", shown: { kind: "fewer" } },
    ]);
    expect(sex.total).toEqual({ kind: "count", value: 18 });
    expect(prepared.model.heard!.targets).toEqual([{ label: "Young carers", questionId: "carer", optionId: "yes", hopedFor: 10, heard: { kind: "fewer" }, met: false }]);

    const html = renderReportHtml(prepared.model);
    expect(html).toContain(`<h2 id="s-who-we-heard-from">Who we heard from</h2>`);
    expect(html).toMatch(/<td dir="auto">Male<\/td><td class="num">hidden<\/td>/);
    expect(html).toMatch(/<td dir="auto">Young carers<\/td><td class="num">10<\/td><td class="num">fewer than 5<\/td><td>not yet<\/td>/);
    expect(html.indexOf("Who we heard from")).toBeGreaterThan(html.indexOf(">What happened<"));
    expect(html.indexOf("Who we heard from")).toBeLessThan(html.indexOf(">What we asked<"));

    const md = renderReportMarkdown(prepared.model);
    expect(md).toContain("## Who we heard from");
    expect(md).toContain("| Male | hidden |");
    expect(md).toContain("| Prefer not to say | fewer than 5 |");
    expect(md).toContain("| Young carers | 10 | fewer than 5 | not yet |");
    // The notes' part of the Markdown holds no monitoring: it sits apart, after What happened.
    const notesPart = md.slice(md.indexOf("## What you said"), md.indexOf("## Your priorities"));
    for (const word of ["Who we heard from", "Prefer not to say", "fewer than 5", "Young carers"]) expect(notesPart).not.toContain(word);

    const csv = renderNotesCsv(prepared.model, new Map(), null);
    for (const word of ["Who we heard from", "Prefer not to say", "Female", "carer", "fewer than 5"]) expect(csv).not.toContain(word);
    const archive = Buffer.from(archiveBytes(buildArchive(r.db, eventId))).toString("utf8");
    for (const word of ["monitoring", "Prefer not to say", "prefer-not", "phone-device-", "Young carers"]) expect(archive).not.toContain(word);

    await new Promise((done) => setTimeout(done, 20)); // pushes follow the commit
    expect(JSON.stringify(wallSaw)).not.toContain("monitoring");
    expect(JSON.stringify(callOk(r, wall, "events.snapshot", { eventId }))).not.toContain("monitoring");
    expect(r.room.call(wall, { method: "monitoring.counts", input: { eventId } })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("has no section when the event does not ask About you", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const prepared = prepareReport(r.db, event.id);
    expect(prepared.model.heard).toBeNull();
    expect(renderReportHtml(prepared.model)).not.toContain("Who we heard from");
  });
});
