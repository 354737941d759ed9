import { describe, expect, it } from "vitest";
import { checkContact, contactDeletionDate, contactsExpired, LeaveContactInput, privacyNotice, tidyPhone } from "../../../../src/core";

describe("checkContact", () => {
  it("takes phone numbers as people write them, and refuses what is not one", () => {
    for (const ok of ["07700 900123", "+44 7700 900123", "(0113) 496-0000", "0113.496.0000"]) expect(tidyPhone(ok), ok).toBe(ok);
    for (const bad of ["call me", "12345", "0770O 900123", "+44 7700 900123 ext", "1234567890123456", "++447700900123"]) expect(tidyPhone(bad), bad).toBeNull();
  });

  it("names which part is wrong, per channel", () => {
    expect(checkContact({ channel: "email", name: "", detail: "ada@example" })).toEqual({ ok: false, problem: "email" });
    expect(checkContact({ channel: "email", name: "", detail: " ada@example.org " })).toEqual({ ok: true, value: { channel: "email", name: "", detail: "ada@example.org" } });
    expect(checkContact({ channel: "post", name: "Ada", detail: "Leeds" })).toEqual({ ok: false, problem: "address" });
    expect(checkContact({ channel: "post", name: "Ada", detail: "14 Elm Walk\nLeeds LS6 2AB" })).toMatchObject({ ok: true });
    expect(checkContact({ channel: "collect", name: "Ada", detail: "07700 900123" })).toEqual({ ok: false, problem: "extra" });
    expect(checkContact({ channel: "collect", name: "x".repeat(81), detail: "" })).toEqual({ ok: false, problem: "name" });
    expect(checkContact({ channel: "collect", name: " Sam\n  Okafor ", detail: "  " })).toEqual({ ok: true, value: { channel: "collect", name: "Sam Okafor", detail: "" } });
  });

  it("refuses extra fields over the wire (no device, note or time can ride along)", () => {
    const r = LeaveContactInput.safeParse({ eventId: "event_0001", contact: { channel: "collect", name: "Ada", noteId: "note_0001" } });
    expect(r.success).toBe(false);
  });
});

describe("the contacts' deletion schedule", () => {
  it("counts from the day the report is marked sent, and keeps them while it is not", () => {
    expect(contactDeletionDate(null, 30)).toBeNull();
    expect(contactDeletionDate("2026-12-20", 30)).toBe("2027-01-19");
    expect(contactsExpired(null, 0, "2099-01-01")).toBe(false);
    expect(contactsExpired("2026-12-20", 30, "2027-01-18")).toBe(false);
    expect(contactsExpired("2026-12-20", 30, "2027-01-19")).toBe(true);
  });
});

describe("privacyNotice", () => {
  const base = { title: "Brook House", date: "2026-11-14", retentionMonths: null, contactKeepDays: 30, sentOn: null, asksAboutYou: true };
  const howLong = (n: ReturnType<typeof privacyNotice>, heading: RegExp) => n.sections.find((s) => heading.test(s.heading))!.howLong;

  it("says what, why, for how long and who sees it for notes, votes, About-you counts and contacts", () => {
    const n = privacyNotice(base);
    expect(n.sections.map((s) => s.heading)).toEqual(["Your notes", "Your votes", "About you", "How to send you the report (if you ask)"]);
    for (const s of n.sections) for (const part of [s.what, s.why, s.howLong, s.whoSees]) expect(part.length).toBeGreaterThan(10);
    expect(n.sections[2]!.what).toMatch(/counts per question and answer/);
    expect(n.heading).toBe("How we look after what you tell us: \u2068Brook House\u2069");
  });

  it("speaks of the About-you counts only where the event asks the questions", () => {
    expect(privacyNotice({ ...base, asksAboutYou: false }).sections.map((s) => s.heading)).toEqual(["Your notes", "Your votes", "How to send you the report (if you ask)"]);
  });

  it("stays true to the event's settings", () => {
    expect(howLong(privacyNotice(base), /notes/)).toBe("Until the organiser deletes this event from their computer.");
    expect(howLong(privacyNotice({ ...base, retentionMonths: 6 }), /notes/)).toMatch(/^6 months after the event: they are deleted for good on 14 May 2027\./);
    expect(howLong(privacyNotice(base), /report/)).toBe("Only until the report reaches you: they are deleted for good 30 days after the report is sent.");
    expect(howLong(privacyNotice({ ...base, contactKeepDays: 14, sentOn: "2026-11-20" }), /report/)).toBe(
      "Only until the report reaches you: they are deleted for good on 4 December 2026 (14 days after the report is sent).",
    );
    expect(howLong(privacyNotice({ ...base, contactKeepDays: 0 }), /report/)).toMatch(/on the day the report is sent/);
  });
});
