import {
  closestCorners,
  getScrollableAncestors,
  pointerWithin,
  rectIntersection,
  type ClientRect,
  type CollisionDetection,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { asDropTarget } from "./announcements";
import { NeighbourIndex, type Box, type Direction } from "./neighbour-index";

/**
 * dnd-kit asks "what is under the moving note?" and "where does this arrow key go?" of every
 * drop target on the board, and each of its measured rectangles reads the scroll position of
 * every scrolling box around it each time it is read: at 1,000 notes, hundreds of
 * milliseconds per arrow key. These answer from the few targets near the note instead.
 */

type RectMap = ReadonlyMap<UniqueIdentifier, ClientRect>;

/**
 * Targets that scroll together (the same scrolling boxes around them), indexed where they
 * were when the drag began, with where those boxes were scrolled to then.
 */
interface ScrollGroup {
  readonly scrollers: readonly Element[];
  readonly at: { readonly x: number; readonly y: number };
  readonly index: NeighbourIndex<UniqueIdentifier>;
}

interface Indexed {
  readonly groups: readonly ScrollGroup[];
  readonly containers: ReadonlyMap<UniqueIdentifier, DroppableContainer>;
}

const scrolled = (scrollers: readonly Element[]) => scrollers.reduce((at, el) => ({ x: at.x + el.scrollLeft, y: at.y + el.scrollTop }), { x: 0, y: 0 });
const sameScrollers = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((el, i) => el === b[i]);

/** dnd-kit measures the targets once per drag into a new map: the index is built once per map. */
const built = new WeakMap<RectMap, Indexed>();

function indexFor(rects: RectMap, containers: Iterable<DroppableContainer | undefined>): Indexed {
  const known = built.get(rects);
  if (known) return known;
  // Notes of one list share their scrolling boxes: they are looked up once per list, not per note.
  const scrollersOf = new Map<Element | null, readonly Element[]>();
  const groups: { scrollers: readonly Element[]; entries: { id: UniqueIdentifier; box: Box }[] }[] = [];
  const byId = new Map<UniqueIdentifier, DroppableContainer>();
  for (const container of containers) {
    const rect = container && rects.get(container.id);
    if (!container || container.disabled || !rect) continue;
    const parent = container.node.current?.parentElement ?? null;
    let scrollers = scrollersOf.get(parent);
    if (!scrollers) scrollersOf.set(parent, (scrollers = parent ? getScrollableAncestors(parent) : []));
    let group = groups.find((g) => sameScrollers(g.scrollers, scrollers));
    if (!group) groups.push((group = { scrollers, entries: [] }));
    group.entries.push({ id: container.id, box: { top: rect.top, left: rect.left, width: rect.width, height: rect.height } });
    byId.set(container.id, container);
  }
  const indexed = { containers: byId, groups: groups.map((g) => ({ scrollers: g.scrollers, at: scrolled(g.scrollers), index: new NeighbourIndex(g.entries) })) };
  built.set(rects, indexed);
  return indexed;
}

/**
 * Asks `find` of each scrolling group's index, with `from` moved by how far that group has
 * scrolled since it was indexed: the targets it finds.
 */
function acrossGroups(indexed: Indexed, from: Box, find: (index: NeighbourIndex<UniqueIdentifier>, from: Box) => UniqueIdentifier[]): DroppableContainer[] {
  const found: DroppableContainer[] = [];
  for (const group of indexed.groups) {
    const now = scrolled(group.scrollers);
    const moved = { ...from, top: from.top + now.y - group.at.y, left: from.left + now.x - group.at.x };
    for (const id of find(group.index, moved)) {
      const container = indexed.containers.get(id);
      if (container) found.push(container);
    }
  }
  return found;
}

/**
 * Notes prefer a note under them to the theme around it; the note being moved is never its
 * own target. With the mouse, what is under the pointer; with the keyboard, what the moved
 * note overlaps most. Only the targets in the cells around the note (or pointer) are checked.
 */
export const neighbourCollisions: CollisionDetection = (args) => {
  const indexed = indexFor(args.droppableRects, args.droppableContainers);
  const point = args.pointerCoordinates;
  const area: Box = point ? { top: point.y, left: point.x, width: 0, height: 0 } : args.collisionRect;
  const near = acrossGroups(indexed, area, (index, from) => index.near(from));
  const droppableContainers = near.filter((c) => c.id !== args.active.id);
  const hits = (point ? pointerWithin : rectIntersection)({ ...args, droppableContainers });
  const notes = hits.filter((h) => asDropTarget(h.data?.droppableContainer.data.current)?.type === "note");
  return notes.length ? notes.slice(0, 1) : hits.slice(0, 1);
};

const DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowDown: "down", ArrowUp: "up", ArrowLeft: "left", ArrowRight: "right" };

/**
 * The arrow keys during a keyboard drag: to the nearest target that way (by dnd-kit's
 * closest corners, as its sortable coordinates do), looking only at the nearest cells in
 * that direction. From the target it is over, an arrow goes on to the next one.
 */
export const neighbourKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code];
  if (!direction) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const indexed = indexFor(droppableRects, droppableContainers.values());
  const ahead = acrossGroups(indexed, collisionRect, (index, from) => index.ahead(from, direction));
  const collisions = closestCorners({ active, collisionRect, droppableRects, droppableContainers: ahead, pointerCoordinates: null });
  const first = collisions[0]?.id;
  const id = first === over?.id && collisions.length > 1 ? collisions[1]!.id : first;
  const rect = id === undefined ? undefined : droppableRects.get(id);
  return rect ? { x: rect.left, y: rect.top } : undefined;
};
