/** Small line icons for buttons that carry their name in aria-label; hidden from screen readers. */
const paths = {
  edit: "M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4",
  trash: "M5 7h14M9 7V4h6v3M7 7l1 13h8l1-13M10 11v6M14 11v6",
  up: "M12 19V5M6 11l6-6 6 6",
  down: "M12 5v14M6 13l6 6 6-6",
  left: "M19 12H5M11 6l-6 6 6 6",
  right: "M5 12h14M13 6l6 6-6 6",
  undo: "M9 14L4 9l5-5M4 9h11a5 5 0 010 10h-3",
  redo: "M15 14l5-5-5-5M20 9H9a5 5 0 000 10h3",
  collapse: "M6 15l6-6 6 6",
  expand: "M6 9l6 6 6-6",
  rename: "M4 20h16M6 16l9-9 3 3-9 9H6v-3z",
  merge: "M6 4v5a5 5 0 005 5h7M14 10l4 4-4 4M6 20v-3",
  lock: "M7 11V8a5 5 0 0110 0v3M5 11h14v10H5z",
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
