import { useEffect, useState } from "react";

/**
 * Splits `count` items into pages of `perPage` and turns the page every `turnMs`, from the
 * first. A new item does not move the wall: whoever is reading a page keeps it until it turns.
 */
export function usePages(count: number, perPage: number, turnMs = 12_000): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(count / Math.max(1, perPage)));
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (pages <= 1) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), turnMs);
    return () => clearInterval(timer);
  }, [pages, turnMs]);
  return { page: Math.min(page, pages - 1), pages };
}

/** The wall's size, kept current as the window or display changes. */
export function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return size;
}

/**
 * How many note cards fit: cards keep a fixed, legible size (scaled with the screen, never
 * shrunk to fit more); extra notes go to further pages.
 */
export function gridFor(width: number, height: number): { columns: number; rows: number } {
  const unit = Math.min(width / 1920, height / 1080);
  const columns = Math.max(1, Math.floor((width - 96 * unit) / (440 * unit)));
  const rows = Math.max(1, Math.floor((height - 330 * unit) / (236 * unit)));
  return { columns, rows };
}
