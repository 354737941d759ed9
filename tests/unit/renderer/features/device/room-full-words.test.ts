// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { refusalMessage } from "../../../../../src/renderer/features/device/refusal";
import { setUpI18n } from "../../../../../src/renderer/i18n/i18n";

describe("a phone turned away because the room is full", () => {
  it("is told so in its own language, not in the room's English", async () => {
    localStorage.setItem("hearth.lang", "pl");
    const i18n = setUpI18n();
    const error = { code: "room_full" as const, message: "The room is full: 500 devices are in." };
    const creds = { key: "k".repeat(43), join: { via: "token" as const, token: "t".repeat(43) } };
    expect(refusalMessage(i18n.t, error, creds)).toBe("Sala jest pełna: dołączyło już tyle telefonów, ile można obsłużyć. Korzystaj z ekranu razem z kimś obok albo zapytaj prowadzącego.");
    await i18n.changeLanguage("ar");
    expect(refusalMessage(i18n.t, error, creds)).toMatch(/^القاعة ممتلئة/);
    await i18n.changeLanguage("en");
    expect(refusalMessage(i18n.t, error, creds)).toMatch(/^The room is full/);
  });
});
