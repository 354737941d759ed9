// @vitest-environment happy-dom
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { DeviceLabel, ShortCode } from "../../../../../src/core";
import { JoinCodeForm } from "../../../../../src/renderer/features/device/JoinCodeForm";
import { setUpI18n } from "../../../../../src/renderer/i18n/i18n";
import { useMount } from "../../../support/mount";

describe("the join form's boxes hold what core's rules accept", () => {
  const { mount: render } = useMount();

  async function mount() {
    const el = await render(
      <I18nextProvider i18n={setUpI18n()}>
        <JoinCodeForm onJoin={() => undefined} />
      </I18nextProvider>,
    );
    const [code, label] = [...el.querySelectorAll("input")];
    return { code: code!, label: label! };
  }

  it("takes a code as long as the rule reads, spaces and all, and no longer", async () => {
    const { code } = await mount();
    const spaced = (n: number) => `K7F${" ".repeat(n - 6)}3QX`;
    expect(ShortCode.safeParse(spaced(code.maxLength)).success).toBe(true);
    expect(ShortCode.safeParse(spaced(code.maxLength + 1)).success).toBe(false);
  });

  it("takes a name of as many visible characters as a device's name may have", async () => {
    const { label } = await mount();
    const longest = "👩🏽‍🦱".repeat(40); // 40 visible characters, 7 UTF-16 units each
    expect(DeviceLabel.safeParse(longest).success).toBe(true);
    expect(longest.length).toBeLessThanOrEqual(label.maxLength);
  });
});
