/** A finished export's buttons in the desktop app: open the file, or show it in its folder. */
export function OpenFileButtons({ onOpen }: { onOpen: (how: "open" | "folder") => void }) {
  return (
    <p className="export-result__buttons">
      <button type="button" onClick={() => onOpen("open")}>
        Open file
      </button>
      <button type="button" onClick={() => onOpen("folder")}>
        Show in folder
      </button>
    </p>
  );
}
