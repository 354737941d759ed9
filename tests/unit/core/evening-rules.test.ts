import { describe, expect, it } from "vitest";
import { askedPrompts, defaultDeviceLabel, defaultLabelNumber, mergedPlacement, prioritiesRound, promptsInRunOrder, type Prompt, type Stage } from "../../../src/core";
import { deviceLanding } from "../../../src/renderer/app/device-route";
import { EVENT_ID } from "../support/entities";
import { round } from "../support/voting";
import { roundId, themeId } from "../support/ids";

const stage = (id: string, position: number): Stage => ({
  id,
  eventId: EVENT_ID,
  position,
  kind: "capture",
  title: id,
  description: "",
  timerMinutes: null,
  privateWriting: false,
  createdSeq: 1,
  updatedSeq: 1,
});
const prompt = (id: string, stageId: string | null, position: number): Prompt => ({ id, eventId: EVENT_ID, stageId, position, text: id, createdSeq: 1, updatedSeq: 1 });

// The Adaptive Action run sheet: What? then So what? then Now what?, each prompt first in its stage.
const stages = [stage("stage_now", 3), stage("stage_what", 1), stage("stage_so", 2)];
const prompts = [prompt("p_now", "stage_now", 0), prompt("p_what2", "stage_what", 1), prompt("p_what1", "stage_what", 0), prompt("p_so", "stage_so", 0), prompt("p_loose", null, 0)];

describe("prompts in the order they are asked", () => {
  it("orders by the stage's place in the run sheet, then the prompt's own place; prompts of no stage last", () => {
    expect(promptsInRunOrder(prompts, stages).map((p) => p.id)).toEqual(["p_what1", "p_what2", "p_so", "p_now", "p_loose"]);
  });

  it("lists as asked only the stages reached so far, and any prompt a note answers", () => {
    expect(askedPrompts(prompts, stages, "stage_so", new Set()).map((p) => p.id)).toEqual(["p_what1", "p_what2", "p_so"]);
    expect(askedPrompts(prompts, stages, "stage_what", new Set(["p_loose"])).map((p) => p.id)).toEqual(["p_what1", "p_what2", "p_loose"]);
    expect(askedPrompts(prompts, stages, null, new Set())).toEqual([]);
  });
});

describe("the round a report's priorities come from", () => {
  it("is the revealed round marked final, else the round revealed last, else none", () => {
    const first = round({ id: roundId("round_aaaa"), status: "revealed", updatedSeq: 10 });
    const second = round({ id: roundId("round_bbbb"), status: "revealed", updatedSeq: 20 });
    const open = round({ id: roundId("round_cccc"), status: "open", updatedSeq: 30 });
    expect(prioritiesRound([first, second, open])).toEqual({ round: second, final: false });
    expect(prioritiesRound([{ ...first, final: true }, second])).toEqual({ round: { ...first, final: true }, final: true });
    expect(prioritiesRound([open, { ...first, status: "closed" }])).toBeNull();
  });
});

describe("merging an unsorted note with a themed one", () => {
  it("keeps the merged note where the themed note was", () => {
    expect(mergedPlacement({ themeId: null, position: 1 }, [{ themeId: themeId("theme_a"), position: 4 }])).toEqual({ themeId: "theme_a", position: 4 });
    expect(mergedPlacement({ themeId: themeId("theme_b"), position: 1 }, [{ themeId: themeId("theme_a"), position: 4 }])).toBeNull();
    expect(mergedPlacement({ themeId: null, position: 1 }, [{ themeId: null, position: 4 }])).toBeNull();
    // A theme deleted meanwhile is no place to go.
    expect(mergedPlacement({ themeId: null, position: 1 }, [{ themeId: themeId("theme_gone"), position: 4 }], (id) => id !== "theme_gone")).toBeNull();
  });
});

describe("device names", () => {
  it("knows a default name by its role and number, and nothing else", () => {
    expect(defaultLabelNumber(defaultDeviceLabel("participant", 3), "participant")).toBe(3);
    expect(defaultLabelNumber("Note-taker 12", "notetaker")).toBe(12);
    expect(defaultLabelNumber("Participant 3", "notetaker")).toBeNull();
    expect(defaultLabelNumber("Table 3", "participant")).toBeNull();
    expect(defaultLabelNumber("Participant", "participant")).toBeNull();
  });
});

describe("where a page that is not the facilitator's lands", () => {
  const at = (hostname: string, hash = "", joined = false, desktopApp = false) => deviceLanding({ hostname, hash, joined, desktopApp });
  it("sends a phone on the hall's address to joining, or to its own screen once joined", () => {
    expect(at("192.168.1.5")).toBe("#/join");
    expect(at("192.168.1.5", "#/events/evt_12345678")).toBe("#/join");
    expect(at("192.168.1.5", "", true)).toBe("#/device");
    expect(at("192.168.1.5", "#/device", true)).toBeNull();
    expect(at("192.168.1.5", "#/join")).toBeNull();
  });
  it("leaves this computer's loopback names and the desktop app to the facilitator", () => {
    expect(at("127.0.0.1")).toBeNull();
    expect(at("localhost", "#/events/evt_12345678")).toBeNull();
    expect(at("[::1]")).toBeNull();
    expect(at("", "", false, true)).toBeNull();
  });
});
