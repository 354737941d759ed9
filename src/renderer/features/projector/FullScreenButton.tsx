import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** How long the button stays after the pointer or a key last moved: the wall shows no controls otherwise. */
const SHOWN_MS = 4000;

/**
 * "Full screen" for a wall opened in a browser (a projector laptop, a tab on the hall's screen).
 * It appears while the mouse moves or a key is pressed (Tab reaches it), and is gone again
 * a few seconds later and while the wall is full screen, so the room never sees a control.
 */
export function FullScreenButton() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  const timer = useRef<number | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const wake = () => {
      setShown(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        if (document.activeElement !== button.current) setShown(false);
      }, SHOWN_MS);
    };
    const onFull = () => setFull(document.fullscreenElement !== null);
    window.addEventListener("pointermove", wake);
    window.addEventListener("keydown", wake);
    document.addEventListener("fullscreenchange", onFull);
    return () => {
      window.clearTimeout(timer.current);
      window.removeEventListener("pointermove", wake);
      window.removeEventListener("keydown", wake);
      document.removeEventListener("fullscreenchange", onFull);
    };
  }, []);
  if (!document.fullscreenEnabled || full || !shown) return null;
  return (
    <button
      ref={button}
      type="button"
      className="projector__fullscreen"
      onBlur={() => setShown(false)}
      onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
    >
      {t("wall.fullScreen")}
    </button>
  );
}
