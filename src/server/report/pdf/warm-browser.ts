import type { Browser } from "playwright-core";

/**
 * One headless browser kept running between prints, so a report prints without a second of
 * start-up each time: started on first use (or on `warm`, when the report page is open), shut
 * down after `idleMs` with nothing printing, and by `close` when Hearth stops. A browser that
 * crashes or fails to start is simply started again next time.
 */
export class WarmBrowser {
  private browser: Promise<Browser> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private printing = 0;

  constructor(
    private readonly launch: () => Promise<Browser>,
    private readonly idleMs: number,
  ) {}

  /** True while a browser is started or starting. */
  get running(): boolean {
    return this.browser !== null;
  }

  /** Starts the browser now if it is not running, and restarts the idle clock. Never throws: printing will say what went wrong. */
  warm(): void {
    this.get().catch(() => undefined);
  }

  /** Runs `work` with the running browser (starting it if need be); the idle clock waits until the work is done. */
  async use<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
    this.printing++;
    this.stopClock();
    try {
      return await work(await this.get());
    } finally {
      this.printing--;
      this.startClock();
    }
  }

  /** Shuts the browser down (Hearth is stopping, or it sat idle). */
  async close(): Promise<void> {
    this.stopClock();
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }

  private get(): Promise<Browser> {
    if (!this.browser) {
      const starting = this.launch().then((b) => {
        b.on("disconnected", () => {
          if (this.browser === starting) this.browser = null;
        });
        return b;
      });
      starting.catch(() => {
        if (this.browser === starting) this.browser = null;
      });
      this.browser = starting;
    }
    this.startClock();
    return this.browser;
  }

  private startClock(): void {
    this.stopClock();
    if (this.printing > 0 || !this.browser) return;
    this.timer = setTimeout(() => void this.close(), this.idleMs);
    // An idle browser never keeps Hearth (or a test) from ending.
    this.timer.unref();
  }

  private stopClock(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
