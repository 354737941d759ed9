import { describe, expect, it } from "vitest";
import { fromDoc, toDoc } from "../../../src/server/hub/documents";
import { KIND_SPEC } from "../../../src/server/hub/design";
import { ThreadUpsert } from "../../../src/core";

const win = { id: "wwwwwwww1", neighbourhoodId: "nnnnnnnn1", priorityId: null, on: "2026-07-02", text: "New bench", photo: null, deleted: false, seq: 3 };
const png = (bytes: number) => Buffer.alloc(bytes, 1).toString("base64");

describe("thread records as the hub's documents", () => {
  it("sends a win's photo as an attachment and brings it back whole; a deleted win sends none", () => {
    const photo = `data:image/png;base64,${png(100)}`;
    const doc = toDoc({ kind: "win", value: { ...win, photo } });
    expect(doc).toMatchObject({ _id: "win:wwwwwwww1", value: { photo: null }, _attachments: { photo: { content_type: "image/png", data: png(100) } } });
    expect(fromDoc(doc)).toEqual({ ok: true, record: { kind: "win", value: { ...win, photo } } });
    expect(toDoc({ kind: "win", value: { ...win, photo, deleted: true } })._attachments).toBeUndefined();
  });

  it("refuses a photo over the cap, an attachment on another kind, fields the record does not have, and a kind that is not the thread's", () => {
    const big = { ...toDoc({ kind: "win", value: win }), _attachments: { photo: { content_type: "image/png", data: png(400_000) } } };
    expect(fromDoc(big)).toMatchObject({ ok: false, reason: expect.stringMatching(/photo/) });
    const hood = { _id: "neighbourhood:nnnnnnnn1", kind: "neighbourhood", value: { id: "nnnnnnnn1", name: "Elm Road", partnershipId: null, mergedInto: null, createdSeq: 1, updatedSeq: 1 } };
    expect(fromDoc(hood)).toMatchObject({ ok: true });
    expect(fromDoc({ ...hood, _attachments: { photo: { content_type: "image/png", data: png(10) } } })).toMatchObject({ ok: false, reason: expect.stringMatching(/attachment/) });
    expect(fromDoc({ ...hood, value: { ...hood.value, phone: "07700 900123" } })).toMatchObject({ ok: false, reason: expect.stringMatching(/phone/) });
    expect(fromDoc({ ...hood, kind: "ballot", _id: "ballot:nnnnnnnn1" })).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown kind/) });
    expect(fromDoc("not a document")).toMatchObject({ ok: false });
  });

  it("checks on the hub exactly the fields Hearth parses, kind by kind", () => {
    for (const o of ThreadUpsert.options) expect(Object.keys(KIND_SPEC[o.shape.kind.value]!)).toEqual(Object.keys(o.shape.value.shape));
  });
});
