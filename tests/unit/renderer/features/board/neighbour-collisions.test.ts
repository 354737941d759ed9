// @vitest-environment happy-dom
import { closestCorners, rectIntersection, type Active, type ClientRect, type DroppableContainer, type UniqueIdentifier } from "@dnd-kit/core";
import { describe, expect, it } from "vitest";
import { neighbourCollisions, neighbourKeyboardCoordinates } from "../../../../../src/renderer/features/board/neighbour-collisions";
import { NeighbourIndex, type Box } from "../../../../../src/renderer/features/board/neighbour-index";

// A board of 1,000 notes: 20 columns of 50 cards, 200 × 100 px each with a 10 px gap, and a
// theme droppable around each column, as dnd-kit sees them.
const COLUMNS = 20;
const PER_COLUMN = 50;
const noteBox = (col: number, row: number): Box => ({ left: 20 + col * 210, top: 100 + row * 110, width: 200, height: 100 });
const themeBox = (col: number): Box => ({ left: 15 + col * 210, top: 60, width: 210, height: PER_COLUMN * 110 + 50 });
const noteId = (col: number, row: number) => `note-${col}-${row}`;

/** A measured rectangle like dnd-kit's: its edges are getters, and every read is counted (each reads the scroll position in dnd-kit). */
function countedRect(box: Box, reads: { n: number }): ClientRect {
  const rect = { width: box.width, height: box.height } as ClientRect;
  const edge = (key: keyof ClientRect, value: () => number) =>
    Object.defineProperty(rect, key, {
      get: () => {
        reads.n++;
        return value();
      },
      enumerable: true,
    });
  edge("top", () => box.top);
  edge("left", () => box.left);
  edge("bottom", () => box.top + box.height);
  edge("right", () => box.left + box.width);
  return rect;
}

function board() {
  const reads = { n: 0 };
  const rects = new Map<UniqueIdentifier, ClientRect>();
  const containers: DroppableContainer[] = [];
  const root = document.createElement("div");
  document.body.append(root);
  const add = (id: string, box: Box, data: object, parent: HTMLElement) => {
    const node = document.createElement("div");
    parent.append(node);
    const rect = countedRect(box, reads);
    rects.set(id, rect);
    containers.push({ id, key: id, data: { current: data }, disabled: false, node: { current: node }, rect: { current: rect } });
  };
  for (let col = 0; col < COLUMNS; col++) {
    const list = document.createElement("ul");
    root.append(list);
    add(`theme-${col}`, themeBox(col), { type: "theme", themeId: `t${col}` }, root);
    for (let row = 0; row < PER_COLUMN; row++) add(noteId(col, row), noteBox(col, row), { type: "note", noteId: noteId(col, row), themeId: `t${col}` }, list);
  }
  return { reads, rects, containers };
}

const activeOf = (id: string): Active => ({ id, data: { current: {} }, rect: { current: { initial: null, translated: null } } });
const asRect = (box: Box): ClientRect => ({ ...box, bottom: box.top + box.height, right: box.left + box.width });

describe("NeighbourIndex", () => {
  const entries = Array.from({ length: COLUMNS * PER_COLUMN }, (_, i) => ({ id: i, box: noteBox(i % COLUMNS, Math.floor(i / COLUMNS)) }));
  const index = new NeighbourIndex(entries);

  it("answers what is near a box from the cells around it, not from every box", () => {
    const near = index.near(noteBox(5, 20));
    expect(near).toContain(20 * COLUMNS + 5);
    expect(near.length).toBeLessThan(40);
  });

  it("finds what lies ahead in each direction, and nothing past the board's edge", () => {
    const from = noteBox(5, 20);
    const below = index.ahead(from, "down");
    expect(below).toContain(21 * COLUMNS + 5);
    expect(below.every((id) => index.boxOf(id)!.top > from.top)).toBe(true);
    expect(below.length).toBeLessThan(60);
    expect(index.ahead(noteBox(0, 0), "up")).toEqual([]);
    expect(index.ahead(noteBox(COLUMNS - 1, 3), "right")).toEqual([]);
    expect(index.ahead(noteBox(0, 3), "left")).toEqual([]);
  });
});

describe("collision detection on a 1,000-note board", () => {
  it("finds the note under the moving one, as checking every target would, reading only the neighbours' rectangles", () => {
    const { reads, rects, containers } = board();
    const active = activeOf(noteId(0, 0));
    const at = (col: number, row: number) => asRect({ ...noteBox(col, row), top: noteBox(col, row).top + 30, left: noteBox(col, row).left + 20 });
    neighbourCollisions({ active, collisionRect: at(3, 3), droppableRects: rects, droppableContainers: containers, pointerCoordinates: null });

    for (const [col, row] of [
      [7, 12],
      [12, 40],
      [19, 49],
    ] as const) {
      reads.n = 0;
      const hits = neighbourCollisions({ active, collisionRect: at(col, row), droppableRects: rects, droppableContainers: containers, pointerCoordinates: null });
      expect(hits.map((h) => h.id)).toEqual([noteId(col, row)]);
      // The whole board would be 1,020 targets × 4 edges.
      expect(reads.n).toBeLessThan(200);
      const everyTarget = rectIntersection({ active, collisionRect: at(col, row), droppableRects: rects, droppableContainers: containers, pointerCoordinates: null });
      expect(everyTarget.some((h) => h.id === noteId(col, row))).toBe(true);
    }
  });

  it("finds the target under the pointer", () => {
    const { rects, containers } = board();
    const hits = neighbourCollisions({
      active: activeOf(noteId(0, 0)),
      collisionRect: asRect(noteBox(0, 0)),
      droppableRects: rects,
      droppableContainers: containers,
      pointerCoordinates: { x: noteBox(9, 30).left + 5, y: noteBox(9, 30).top + 5 },
    });
    expect(hits.map((h) => h.id)).toEqual([noteId(9, 30)]);
  });
});

describe("keyboard coordinates on a 1,000-note board", () => {
  function press(code: string, from: Box, over: UniqueIdentifier | null, b: ReturnType<typeof board>) {
    const droppableContainers = new Map(b.containers.map((c) => [c.id, c])) as unknown as Parameters<typeof neighbourKeyboardCoordinates>[1]["context"]["droppableContainers"];
    const context = {
      active: activeOf(noteId(0, 0)),
      collisionRect: asRect(from),
      droppableRects: b.rects,
      droppableContainers,
      over: over === null ? null : { id: over, rect: asRect(b.rects.get(over)!), disabled: false, data: { current: {} } },
    } as unknown as Parameters<typeof neighbourKeyboardCoordinates>[1]["context"];
    return neighbourKeyboardCoordinates(new KeyboardEvent("keydown", { code }), { active: noteId(0, 0), currentCoordinates: { x: from.left, y: from.top }, context });
  }

  it("moves to the nearest target that way (as closest corners over every target would), reading only the nearby rectangles", () => {
    const b = board();
    press("ArrowDown", noteBox(0, 0), null, b);
    const from = noteBox(8, 20);
    const everyTarget = closestCorners({
      active: activeOf(noteId(0, 0)),
      collisionRect: asRect(from),
      droppableRects: b.rects,
      droppableContainers: b.containers.filter((c) => b.rects.get(c.id)!.top > from.top),
      pointerCoordinates: null,
    });
    b.reads.n = 0;
    const to = press("ArrowDown", from, noteId(8, 20), b);
    expect(to).toEqual({ x: b.rects.get(everyTarget[0]!.id)!.left, y: b.rects.get(everyTarget[0]!.id)!.top });
    expect(to).toEqual({ x: noteBox(8, 21).left, y: noteBox(8, 21).top });
    expect(b.reads.n).toBeLessThan(400);

    expect(press("ArrowRight", from, noteId(8, 20), b)).toEqual({ x: noteBox(9, 20).left, y: noteBox(9, 20).top });
    expect(press("ArrowUp", noteBox(3, 0), noteId(3, 0), b)).toEqual({ x: themeBox(3).left, y: themeBox(3).top });
    expect(press("KeyA", from, null, b)).toBeUndefined();
  });
});
