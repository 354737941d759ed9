import { describe, expect, it } from "vitest";
import { findPersonalData, redactText } from "../../../../src/core";

const options = { extraNames: [] as string[], referenceYear: 2026 };
const addresses = (text: string) =>
  findPersonalData([{ key: "t", text }], options)
    .filter((f) => f.kind === "address")
    .map((f) => f.match);

describe("street addresses in the personal data review", () => {
  it("finds a house number and a street, with a flat, a range or a letter", () => {
    expect(addresses("a resident at 14 Elm Walk wants a call back")).toEqual(["14 Elm Walk"]);
    expect(addresses("Flat 3, 22 Park Road has damp")).toEqual(["Flat 3, 22 Park Road"]);
    expect(addresses("14a St Mary's Close and 12-14 Old Mill Lane")).toEqual(["14a St Mary's Close", "12-14 Old Mill Lane"]);
    expect(addresses("lives at 7 Elm Rd. since May")).toEqual(["7 Elm Rd."]);
  });

  it("finds 'number 14', a flat on its own and the corner of two streets", () => {
    expect(addresses("Mrs Doreen Pickering at number 14, call her")).toEqual(["number 14"]);
    expect(addresses("the lady in Flat 9 is alone")).toEqual(["Flat 9"]);
    expect(addresses("the house on the corner of Elm Walk and Park Road")).toEqual(["Elm Walk and Park Road"]);
  });

  it("finds Polish and Arabic addresses", () => {
    expect(addresses("mieszka przy ul. Długa 5, proszę zadzwonić")).toEqual(["ul. Długa 5"]);
    expect(addresses("ulica Jana Pawła 12/4 ma dziury")).toEqual(["ulica Jana Pawła 12/4"]);
    expect(addresses("يسكن في شارع الحديقة ١٤ وحده")).toEqual(["شارع الحديقة ١٤"]);
  });

  it("leaves streets without a number, counts and everyday numbers alone", () => {
    expect(
      addresses("Elm Road needs a crossing. Repairs to 12 flats booked. 3 buses an hour on Park Road. We walked 2 miles down the lane. Tuesday 8 December, 6pm. ulica Długa jest ładna. شارع الحديقة مظلم"),
    ).toEqual([]);
  });

  it("redacts an address as an address", () => {
    const text = "a resident at 14 Elm Walk wants a call back";
    const findings = findPersonalData([{ key: "t", text }], options);
    expect(redactText(text, findings, {})).toBe("a resident at [address removed] wants a call back");
  });
});
