import { describe, expect, it } from "vitest";
import { safeFileName, safeFileStem } from "../../../../src/core";

describe("safeFileName", () => {
  it("keeps letters of every script, and the extension", () => {
    expect(safeFileName("Elm Road listening event 2026-11-14", "pdf")).toBe("Elm Road listening event 2026-11-14.pdf");
    expect(safeFileName("Sąsiedzi — لقاء الاستماع 😞", "pdf")).toBe("Sąsiedzi — لقاء الاستماع 😞.pdf");
  });

  it("never names a folder: ../, slashes and backslashes go", () => {
    for (const raw of ["../../etc/passwd", "..\\..\\Windows\\system32", "/abs/path", "a/../b", "....//x"]) {
      const name = safeFileName(raw, "pdf");
      expect(name, raw).not.toMatch(/[/\\]/);
      expect(name, raw).not.toContain("..");
      expect(name.startsWith("."), raw).toBe(false);
    }
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("etc passwd.pdf");
    expect(safeFileName("..", "pdf")).toBe("report.pdf");
  });

  it("avoids Windows' reserved names and characters, and trailing dots and spaces", () => {
    for (const reserved of ["CON", "con", "PRN", "AUX", "NUL", "COM1", "lpt9", "CON.txt", "nul.tar"]) {
      const stem = safeFileStem(reserved);
      expect(stem.split(".")[0]!.toUpperCase(), reserved).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
    }
    expect(safeFileName('a<b>c:d"e|f?g*h', "csv")).toBe("a b c d e f g h.csv");
    expect(safeFileName("report. . ", "md")).toBe("report.md");
  });

  it("removes bidi controls and control characters, so a name cannot disguise its type", () => {
    const spoof = "invoice\u202Efdp.exe";
    expect(safeFileStem(spoof)).toBe("invoicefdp.exe");
    expect(safeFileName("a\u2066b\u2069c\u200Fd\u061Ce", "pdf")).toBe("abcde.pdf");
    expect(safeFileName("line\nbreak\ttab\u0000nul\u0085", "pdf")).toBe("line break tab nul.pdf");
  });

  it("caps the length without cutting a character in half", () => {
    const long = safeFileStem("😞".repeat(100));
    expect(Array.from(long).every((c) => c === "😞")).toBe(true);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(150);
    expect(safeFileStem("")).toBe("report");
    expect(safeFileName("x", "../pdf")).toBe("x.pdf");
  });
});
