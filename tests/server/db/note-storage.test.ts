import { describe, expect, it } from "vitest";
import { noteStorage } from "../../../scripts/bench/support/note-storage";
import { useTempDir } from "../support/temp-dir";
import { DURABLE_BATCH_TEST_MS } from "../../support/timeouts";

const TEXT = "The bus stop on Elm Road has no shelter, and the lifts in Brook House are broken again — لا توجد إضاءة";

describe("storage per note", () => {
  const tempDir = useTempDir();

  it("keeps a phone's note in at most three times the bytes of a bare row", () => {
    const { room, bare, ratio } = noteStorage(tempDir(), 1000, (i) => `${TEXT} ${i}`);
    console.log(`storage per note: ${room.toFixed(0)} B, bare row ${bare.toFixed(0)} B, ${ratio.toFixed(2)}×`);
    expect(ratio).toBeLessThanOrEqual(3);
  }, DURABLE_BATCH_TEST_MS);
});
