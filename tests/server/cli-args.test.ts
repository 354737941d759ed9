import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/server/cli-args";

describe("hearth serve arguments", () => {
  it("turns on joining from the hall with --lan, on a chosen address with --lan-address", () => {
    expect(parseArgs(["serve"], {})).toMatchObject({ name: "serve", options: { lan: false } });
    expect(parseArgs(["serve", "--lan", "--port", "0"], {})).toMatchObject({ options: { lan: true, port: 0 } });
    expect(parseArgs(["serve", "--lan-address", "192.168.1.5"], {})).toMatchObject({ options: { lan: true, lanAddress: "192.168.1.5" } });
    expect(parseArgs(["serve", "--lan-address=10.0.0.2", "--lan"], {})).toMatchObject({ options: { lan: true, lanAddress: "10.0.0.2" } });
    expect(parseArgs(["serve", "--lan-address"], {})).toEqual({ error: "--lan-address needs a value." });
    expect(parseArgs(["serve", "--lan=yes"], {})).toMatchObject({ error: expect.stringContaining("Unknown option") });
  });
});
