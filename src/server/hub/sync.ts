import { mkdirSync } from "node:fs";
import { join } from "node:path";
import PouchDB from "pouchdb-node";
import type { HubStatus } from "../../api";
import { highestSeq } from "../db/repos/changes";
import type { Room } from "../room/room";
import { readInbox } from "./inbox";
import { ledger } from "./ledger";
import { writeOutbox } from "./outbox";
import { openRemote } from "./remote";
import { probeHub } from "./probe";
import { hubErrorWords, isNetworkError } from "./words";

export interface HubAccount {
  /** The partnership's database on the hub: https://hub.example.org/hearth-north-elm */
  readonly url: string;
  readonly user: string;
  readonly password: string;
}

/** Retry soon, then less often, never more than ~30 s apart (PouchDB's own back-off grows to ten minutes). */
export const backOff = (delay: number): number => (delay <= 0 ? 1000 : Math.min(30_000, delay * 2));
const CHECK_MS = 1000;
const WATCH_MS = 5000;

/**
 * Live replication of the thread with the partnership hub. The laptop's replica lives in the
 * data folder (`hub/thread`); records go into it as they change (outbox), replication carries
 * them both ways, and what arrives is applied to the store (inbox). Network trouble is status,
 * never a crash: a refused or cut connection is retried with a capped back-off.
 */
export class HubSync {
  private readonly local: PouchDB.Database;
  private readonly remote: PouchDB.Database;
  private sync: PouchDB.Sync | undefined;
  private timer: NodeJS.Timeout | undefined;
  private seenSeq = -1;
  private busy: Promise<void> = Promise.resolve();
  private queued = false;
  private stopped = false;
  private lastSyncedAt: string | null = null;
  private lastError: string | null = null;
  /** A record the hub refused (an observer's account, a failed check): stays said until Hearth restarts. */
  private refusal: string | null = null;
  private waiting = 0;
  /** The hub did not answer the last probe. */
  private down = false;
  private wake: (() => void) | undefined;
  private readonly host: string;
  /** A network failure PouchDB left unhandled is status, not a crash; anything else still ends the process as Node would. */
  private readonly onRejection = (reason: unknown) => {
    if (!isNetworkError(reason)) throw reason;
    this.caught(reason);
  };

  constructor(
    private readonly room: Room,
    dataDir: string,
    private readonly account: HubAccount,
  ) {
    mkdirSync(join(dataDir, "hub"), { recursive: true });
    this.local = new PouchDB(join(dataDir, "hub", "thread"));
    this.remote = openRemote(account.url, account.user, account.password);
    this.host = new URL(account.url).host;
  }

  start(): void {
    process.on("unhandledRejection", this.onRejection);
    this.replicate();
    this.timer = setInterval(() => this.check(), CHECK_MS);
    this.schedule();
    void this.watch();
  }

  /** Live replication both ways; started again after the hub was away (PouchDB's own retry can stall on a dropped connection). */
  private replicate(): void {
    this.sync?.cancel();
    this.sync = this.local
      .sync(this.remote, { live: true, retry: true, back_off_function: backOff })
      .on("change", (info) => {
        if (info.direction === "push") this.waiting = Math.max(0, this.waiting - info.change.docs_written);
        else this.schedule(); // documents arrived: apply them
      })
      .on("paused", (err: unknown) => {
        if (err) return this.caught(err);
        if (this.down) return;
        this.lastSyncedAt = new Date().toISOString();
        this.lastError = null;
        this.waiting = 0;
      })
      .on("denied", (info: unknown) => {
        // Sync wraps the refused document's answer: {direction, doc: {error, reason, status}}.
        const doc = typeof info === "object" && info !== null && "doc" in info ? info.doc : info;
        this.refusal = hubErrorWords(doc, this.host);
      })
      .on("error", (err) => this.caught(err));
  }

  /** Asks the hub every few seconds; while it is away, less often (capped back-off); when it is back, replicates afresh. */
  private async watch(): Promise<void> {
    let delay = 0;
    while (!this.stopped) {
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, this.down ? delay : WATCH_MS);
        this.wake = () => {
          clearTimeout(timer);
          wake();
        };
      });
      if (this.stopped) return;
      const problem = await probeHub(this.account.url, this.account.user, this.account.password);
      if (this.stopped) return;
      if (problem !== null) {
        this.down = true;
        this.lastError = problem;
        delay = backOff(delay);
      } else if (this.down) {
        this.down = false;
        this.lastError = null;
        delay = 0;
        this.replicate();
        this.schedule();
      }
    }
  }

  status(): HubStatus {
    const u = new URL(this.account.url);
    const db = this.room.db;
    return {
      on: true,
      url: `${u.protocol}//${u.host}${u.pathname}`,
      user: this.account.user,
      lastSyncedAt: this.lastSyncedAt,
      waitingToSend: this.waiting,
      lastError: this.lastError ?? this.refusal,
      waitingForParent: db.open ? ledger.pending(db).length : 0,
      quarantined: db.open ? ledger.quarantined(db) : [],
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.wake?.();
    this.sync?.cancel();
    await this.busy.catch(() => undefined);
    await this.local.close().catch(() => undefined);
    await this.remote.close().catch(() => undefined);
    process.off("unhandledRejection", this.onRejection);
  }

  /** A command committed since the last look: write the outbox. */
  private check(): void {
    if (!this.room.db.open) return;
    const seq = highestSeq(this.room.db);
    if (seq !== this.seenSeq) this.schedule();
  }

  /** One pass at a time: the outbox, then the inbox; a request during a pass runs one more. */
  private schedule(): void {
    if (this.stopped || this.queued) return;
    this.queued = true;
    this.busy = this.busy.then(async () => {
      this.queued = false;
      if (this.stopped || !this.room.db.open) return;
      try {
        this.seenSeq = highestSeq(this.room.db);
        const out = await writeOutbox(() => this.room.db, this.local);
        this.waiting += out.written;
        if (out.left > 0) this.seenSeq = -1; // changed under us: the next look tries again
        await readInbox(this.room, this.local);
      } catch (err) {
        this.lastError = `Could not bring the thread up to date with this laptop's copy of the hub: ${err instanceof Error ? err.message : String(err)}`;
      }
    });
  }

  private caught(err: unknown): void {
    if (this.stopped && isNetworkError(err)) return;
    this.lastError = hubErrorWords(err, this.host);
  }
}
