/** A box on the page: top and left edges with its size, in one coordinate space. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export type Direction = "up" | "down" | "left" | "right";

/** Is `box` beyond `from` in `direction` (the test the keyboard uses to go to the next note)? */
export function isBeyond(from: Box, box: Box, direction: Direction): boolean {
  if (direction === "down") return box.top > from.top;
  if (direction === "up") return box.top < from.top;
  if (direction === "right") return box.left > from.left;
  return box.left < from.left;
}

/**
 * The drop targets of a board in a grid of square cells, so a question about one place
 * ("what is under this note?", "what is next below it?") looks at the few targets around it
 * instead of at every note on the board. Built once per drag; pure, so it is tested alone.
 */
export class NeighbourIndex<Id> {
  private readonly cells = new Map<string, Id[]>();
  private readonly boxes = new Map<Id, Box>();
  private readonly bounds = { minRow: Infinity, maxRow: -Infinity, minCol: Infinity, maxCol: -Infinity };

  constructor(
    entries: Iterable<{ readonly id: Id; readonly box: Box }>,
    private readonly cellSize = 240,
  ) {
    for (const { id, box } of entries) {
      this.boxes.set(id, box);
      const span = this.span(box, 0);
      for (let row = span.top; row <= span.bottom; row++)
        for (let col = span.left; col <= span.right; col++) {
          const key = `${row}:${col}`;
          const cell = this.cells.get(key);
          if (cell) cell.push(id);
          else this.cells.set(key, [id]);
        }
      this.bounds.minRow = Math.min(this.bounds.minRow, span.top);
      this.bounds.maxRow = Math.max(this.bounds.maxRow, span.bottom);
      this.bounds.minCol = Math.min(this.bounds.minCol, span.left);
      this.bounds.maxCol = Math.max(this.bounds.maxCol, span.right);
    }
  }

  get size(): number {
    return this.boxes.size;
  }

  boxOf(id: Id): Box | undefined {
    return this.boxes.get(id);
  }

  /** Targets whose cells touch `box` grown by `rings` cells on every side. */
  near(box: Box, rings = 0): Id[] {
    const found = new Set<Id>();
    for (let r = 0; r <= rings; r++) this.collectRing(this.span(box, 0), r, found);
    return [...found];
  }

  /**
   * The nearest targets beyond `from` in `direction`: rings of cells around it are searched
   * outwards until one is found, then one ring more (a target just over a cell's edge may be
   * nearer). Empty when nothing lies that way.
   */
  ahead(from: Box, direction: Direction): Id[] {
    const base = this.span(from, 0);
    const seen = new Set<Id>();
    let foundAt: number | null = null;
    for (let r = 0; foundAt === null || r <= foundAt + 1; r++) {
      const before = seen.size;
      const inside = this.collectRing(base, r, seen);
      if (foundAt === null && seen.size > before && [...seen].some((id) => isBeyond(from, this.boxes.get(id)!, direction))) foundAt = r;
      if (!inside) break;
    }
    return [...seen].filter((id) => isBeyond(from, this.boxes.get(id)!, direction));
  }

  /** Adds the targets in the ring of cells `r` away from `span`; false once the ring lies wholly outside the board. */
  private collectRing(span: { top: number; bottom: number; left: number; right: number }, r: number, into: Set<Id>): boolean {
    const b = this.bounds;
    const top = span.top - r;
    const bottom = span.bottom + r;
    const left = span.left - r;
    const right = span.right + r;
    if (top < b.minRow && bottom > b.maxRow && left < b.minCol && right > b.maxCol) return false;
    const add = (row: number, col: number) => {
      if (row < b.minRow || row > b.maxRow || col < b.minCol || col > b.maxCol) return;
      for (const id of this.cells.get(`${row}:${col}`) ?? []) into.add(id);
    };
    if (r === 0) {
      for (let row = Math.max(top, b.minRow); row <= Math.min(bottom, b.maxRow); row++) for (let col = Math.max(left, b.minCol); col <= Math.min(right, b.maxCol); col++) add(row, col);
      return true;
    }
    for (let col = Math.max(left, b.minCol); col <= Math.min(right, b.maxCol); col++) {
      add(top, col);
      if (bottom !== top) add(bottom, col);
    }
    for (let row = Math.max(top + 1, b.minRow); row <= Math.min(bottom - 1, b.maxRow); row++) {
      add(row, left);
      if (right !== left) add(row, right);
    }
    return true;
  }

  private span(box: Box, rings: number) {
    const c = this.cellSize;
    return {
      top: Math.floor(box.top / c) - rings,
      bottom: Math.floor((box.top + Math.max(box.height, 0)) / c) + rings,
      left: Math.floor(box.left / c) - rings,
      right: Math.floor((box.left + Math.max(box.width, 0)) / c) + rings,
    };
  }
}
