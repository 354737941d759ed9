/**
 * Time for test work that starts a browser. A headless Chromium printing a report takes a
 * second on an idle machine and many times that on a busy 2-core one (CI, several builds at
 * once): such tests get minutes, not vitest's default 5 s. A passing test takes no longer.
 */
export const BROWSER_TEST_MS = 180_000;
/** Waiting for one export (a PDF starts a Chromium) inside such a test. */
export const BROWSER_WAIT_MS = 90_000;
/**
 * Time for a test that commits a thousand commands with a durable fsync each (the storage
 * measure): under a second alone, many times that while the rest of the suite runs on 2 cores.
 */
export const DURABLE_BATCH_TEST_MS = 60_000;
