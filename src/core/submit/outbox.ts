import { clear, createStore, del, entries as idbEntries, get, set, type UseStore } from 'idb-keyval';
import { isPrimaryCopy } from '../copy.js';
import { forgetStored } from '../local-data.js';
import { uuidv4 } from './envelope.js';
import type { Envelope } from './envelope.schema.js';
import { buildRequest, send, type SubmitConfig, type Transport } from './request.js';
import { interpretFailure, interpretResponse, type PathNormalizer, type QueueReason, type SubmitOutcome } from './response.js';
import { isExpired, MIN_GAP_MS, nextAttemptTime, UNANSWERED_LIMIT } from './retry-policy.js';

/** The database every copy of the library on an origin shares. */
export const OUTBOX_DATABASE = 'family-elements-outbox';
const STORE_NAME = 'entries';
const ENTRY_PREFIX = 'entry:';
const LEASE_PREFIX = 'lease:';

/** One submission waiting on this device. It is always replayed to its own endpoint, method and format. */
export interface OutboxEntry extends SubmitConfig {
  /** The envelope's id. */
  id: string;
  envelope: Envelope;
  formId: string;
  /** Made through `.transport`: waits for an element with this form-id and a transport. */
  viaTransport: boolean;
  attempts: number;
  /** Earliest time (ms) of the next timed try (backoff with jitter). */
  nextAttemptAt: number;
  /** The server's `Retry-After`: no try of any kind before this. */
  notBefore: number;
  lastAttemptAt: number;
  lastReason: QueueReason;
  createdAt: number;
  /** Tries in a row, made while online, that got no answer at all. */
  unansweredTries: number;
  /** The draft these answers were saved in (a survey's): removed on a 2xx, whichever page sends it. */
  draftKey?: string;
}

/**
 * The count of tries in a row that got no answer at all, after one more try
 * that ended for `reason`. A try made while the browser says it is offline
 * expects no answer, so it neither counts nor breaks the run; any answer does.
 */
export function unansweredTries(reason: QueueReason, before: number): number {
  if (reason !== 'offline' && reason !== 'timeout') return 0;
  return navigator.onLine ? before + 1 : before;
}

/** What became of a queued entry, told to the element that sent it. */
export type OutboxResult =
  | Exclude<SubmitOutcome, { kind: 'retry' }>
  | { kind: 'expired' }
  /** Three tries in a row without an answer while online; the entry stays. */
  | { kind: 'unanswered' };

/** An element on this page that can send queued entries and hear about them. */
export interface OutboxClient {
  readonly formId: string;
  /** The element's endpoint, resolved, or undefined when it has none or it is invalid. */
  currentEndpoint(): string | undefined;
  currentTransport(): Transport | undefined;
  /** Fresh headers (a CSRF token) or undefined when the attribute is invalid. */
  currentHeaders(): Record<string, string> | undefined;
  readonly normalizePath?: PathNormalizer;
  outboxSettled(entry: OutboxEntry, result: OutboxResult): void;
}

/** IndexedDB is unavailable (blocked, private mode, quota): nothing can be kept on this device. */
export class OutboxStorageError extends Error {
  override name = 'OutboxStorageError';
}

export interface OutboxOptions {
  /** IndexedDB database name; tests choose their own so files running at once do not share entries. */
  dbName?: string;
  /** Minimum gap between two wake-up tries of one entry. */
  minGapMs?: number;
  /** `false` forces the IndexedDB lease even where Web Locks exist (plain-http pages have none). */
  useWebLocks?: boolean;
  now?: () => number;
  random?: () => number;
}

/** `due`: the timer, honouring backoff. `wake`: page load or `online`, honouring only Retry-After. */
export type OutboxTrigger = 'due' | 'wake';

interface Lease {
  owner: string;
  expires: number;
}

/**
 * The durable outbox: retryable submissions kept in IndexedDB and retried with
 * backoff, on `online`, on a timer and when an element connects. One entry is
 * never in flight twice, in one tab or several (Web Locks, else a lease record).
 */
export class Outbox {
  readonly dbName: string;
  private readonly minGapMs: number;
  private readonly useWebLocks: boolean;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly owner = uuidv4();
  private readonly clients = new Set<OutboxClient>();
  private readonly inFlight = new Set<string>();
  private storeHandle?: UseStore;
  private timer?: ReturnType<typeof setTimeout>;
  private wakeTimer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private rerun?: OutboxTrigger;
  private started = false;
  private readonly onOnline = () => void this.process('wake');

  constructor(options: OutboxOptions = {}) {
    this.dbName = options.dbName ?? OUTBOX_DATABASE;
    this.minGapMs = options.minGapMs ?? MIN_GAP_MS;
    this.useWebLocks = options.useWebLocks ?? true;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  private get store(): UseStore {
    if (typeof indexedDB === 'undefined') throw new OutboxStorageError('IndexedDB is not available');
    this.storeHandle ??= createStore(this.dbName, STORE_NAME);
    return this.storeHandle;
  }

  /** Keeps an entry; fails with `OutboxStorageError` when it cannot be stored. */
  async add(entry: OutboxEntry): Promise<void> {
    try {
      await set(ENTRY_PREFIX + entry.id, entry, this.store);
    } catch (error) {
      throw error instanceof OutboxStorageError ? error : new OutboxStorageError(String(error));
    }
    this.schedule();
  }

  async entries(): Promise<OutboxEntry[]> {
    const all = await idbEntries<IDBValidKey, OutboxEntry>(this.store);
    return all
      .filter(([key]) => typeof key === 'string' && key.startsWith(ENTRY_PREFIX))
      .map(([, value]) => value)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    return get<OutboxEntry>(ENTRY_PREFIX + id, this.store);
  }

  /** Removes one entry (the family's "Clear"). */
  async remove(id: string): Promise<void> {
    await del(ENTRY_PREFIX + id, this.store);
  }

  /** Removes every entry (`FamilyElements.clearLocalData()`). */
  async clear(): Promise<void> {
    await clear(this.store);
  }

  /**
   * An element joins: it can send entries for its form-id and hears what
   * became of them. Connecting is also a reason to try again at once.
   * Returns the function that unregisters it.
   */
  register(client: OutboxClient): () => void {
    this.clients.add(client);
    this.wake();
    return () => this.clients.delete(client);
  }

  /** An element was loaded (one that sends registers instead): a reason to try again at once. */
  wake(): void {
    this.start();
    this.wakeSoon();
  }

  /** Listens for `online` and runs the timer; only the page's primary copy of the library does. */
  start(): void {
    if (this.started || !isPrimaryCopy()) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    this.schedule();
  }

  stop(): void {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
    clearTimeout(this.wakeTimer);
  }

  /** Several elements connecting together are one wake-up. */
  private wakeSoon(): void {
    if (!this.started) return;
    clearTimeout(this.wakeTimer);
    this.wakeTimer = setTimeout(() => void this.process('wake'), 50);
  }

  /** Tries every entry that may be tried now; resolves when this pass is over. */
  process(trigger: OutboxTrigger = 'due'): Promise<void> {
    // This pass covers a wake-up that was waiting to run.
    if (trigger === 'wake') clearTimeout(this.wakeTimer);
    if (this.running) {
      if (trigger === 'wake' || !this.rerun) this.rerun = trigger;
      return this.running;
    }
    this.running = (async () => {
      try {
        let next: OutboxTrigger | undefined = trigger;
        while (next) {
          this.rerun = undefined;
          await this.pass(next);
          next = this.rerun;
        }
      } finally {
        this.running = undefined;
        this.schedule();
      }
    })();
    return this.running;
  }

  private async pass(trigger: OutboxTrigger): Promise<void> {
    let list: OutboxEntry[];
    try {
      list = await this.entries();
    } catch {
      return; // storage unavailable: nothing was kept
    }
    await Promise.all(list.map((entry) => this.attempt(entry.id, trigger)));
  }

  private isDue(entry: OutboxEntry, trigger: OutboxTrigger, now: number): boolean {
    if (now < entry.notBefore) return false;
    if (trigger === 'due') return now >= entry.nextAttemptAt;
    return now - entry.lastAttemptAt >= this.minGapMs;
  }

  /** The element that sends an entry (and hears about it): same form-id and endpoint first. */
  private clientFor(entry: OutboxEntry): OutboxClient | undefined {
    const clients = [...this.clients];
    if (entry.viaTransport) return clients.find((c) => c.formId === entry.formId && c.currentTransport());
    return (
      clients.find((c) => c.formId === entry.formId && c.currentEndpoint() === entry.endpoint) ??
      clients.find((c) => c.formId === entry.formId) ??
      clients[0]
    );
  }

  private async attempt(id: string, trigger: OutboxTrigger): Promise<void> {
    await this.withLock(id, async () => {
      // Read again inside the lock: another tab may have sent or retried it meanwhile.
      const entry = await this.get(id);
      if (!entry) return;
      const now = this.now();
      const client = this.clientFor(entry);
      if (isExpired(entry.createdAt, now)) {
        await this.remove(id);
        client?.outboxSettled(entry, { kind: 'expired' });
        return;
      }
      if (!this.isDue(entry, trigger, now)) return;
      const transport = entry.viaTransport ? client?.currentTransport() : undefined;
      if (entry.viaTransport && !transport) return;
      const sameForm = client && client.formId === entry.formId && (entry.viaTransport || client.currentEndpoint() === entry.endpoint);
      const headers = (sameForm && client.currentHeaders()) || entry.headers;

      let outcome: SubmitOutcome;
      try {
        const response = await send(buildRequest(entry.envelope, { ...entry, headers }), transport, entry.timeout);
        outcome = await interpretResponse(response, { normalizePath: client?.normalizePath, now: this.now() });
      } catch (error) {
        outcome = interpretFailure(error);
      }

      if (outcome.kind !== 'retry') {
        await this.remove(id);
        if (outcome.kind === 'sent' && entry.draftKey) forgetStored(entry.draftKey);
        client?.outboxSettled(entry, outcome);
        return;
      }
      const after = this.now();
      const updated: OutboxEntry = {
        ...entry,
        headers,
        attempts: entry.attempts + 1,
        lastAttemptAt: after,
        lastReason: outcome.reason,
        nextAttemptAt: nextAttemptTime(after, entry.attempts + 1, outcome.retryAfterMs, this.random),
        notBefore: outcome.retryAfterMs === undefined ? 0 : after + outcome.retryAfterMs,
        unansweredTries: unansweredTries(outcome.reason, entry.unansweredTries),
      };
      // Put, not update: the family may have cleared it meanwhile, and then it must stay gone.
      if (await this.get(id)) await set(ENTRY_PREFIX + id, updated, this.store);
      // Reported once, on the try that makes three: only tries made online count.
      if (updated.unansweredTries === UNANSWERED_LIMIT && updated.unansweredTries !== entry.unansweredTries) {
        client?.outboxSettled(updated, { kind: 'unanswered' });
      }
    });
  }

  /** Runs `task` only if no one else (this tab or another) holds the entry; skips it otherwise. */
  private async withLock(id: string, task: () => Promise<void>): Promise<void> {
    if (this.inFlight.has(id)) return;
    this.inFlight.add(id);
    try {
      if (this.useWebLocks && typeof navigator.locks?.request === 'function') {
        await navigator.locks.request(`${this.dbName}:${id}`, { ifAvailable: true }, async (lock) => {
          if (lock) await task();
        });
      } else if (await this.takeLease(id)) {
        try {
          await task();
        } finally {
          await this.releaseLease(id);
        }
      }
    } finally {
      this.inFlight.delete(id);
    }
  }

  /**
   * The fallback where Web Locks are missing (plain http): a lease record
   * taken in one IndexedDB read-write transaction, which IndexedDB runs one
   * at a time across tabs. It expires, so a closed tab cannot hold it forever.
   */
  private async takeLease(id: string): Promise<boolean> {
    const key = LEASE_PREFIX + id;
    const entry = await this.get(id);
    const now = this.now();
    const lease: Lease = { owner: this.owner, expires: now + (entry?.timeout ?? 15_000) + 15_000 };
    return this.store('readwrite', (store) => {
      const request = store.get(key);
      return new Promise<boolean>((resolve, reject) => {
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const held = request.result as Lease | undefined;
          if (held && held.expires > now && held.owner !== this.owner) return resolve(false);
          store.put(lease, key);
          store.transaction.oncomplete = () => resolve(true);
          store.transaction.onerror = () => reject(store.transaction.error);
        };
      });
    });
  }

  private async releaseLease(id: string): Promise<void> {
    const key = LEASE_PREFIX + id;
    await this.store('readwrite', (store) => {
      const request = store.get(key);
      return new Promise<void>((resolve, reject) => {
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          if ((request.result as Lease | undefined)?.owner === this.owner) store.delete(key);
          store.transaction.oncomplete = () => resolve();
          store.transaction.onerror = () => reject(store.transaction.error);
        };
      });
    });
  }

  /** Sets the timer to the earliest entry that could go. */
  private schedule(): void {
    if (!this.started) return;
    void (async () => {
      let list: OutboxEntry[];
      try {
        list = await this.entries();
      } catch {
        return;
      }
      clearTimeout(this.timer);
      if (!this.started) return;
      const times = list.map((e) => Math.max(e.nextAttemptAt, e.notBefore, e.createdAt));
      if (times.length === 0) return;
      // Far-off entries still wake the timer at least every 10 minutes (clock changes, expiry).
      const delay = Math.min(Math.max(0, Math.min(...times) - this.now()) + 10, 10 * 60_000);
      this.timer = setTimeout(() => void this.process('due'), delay);
    })();
  }
}

let defaultOptions: OutboxOptions = {};
let instance: Outbox | undefined;

/** The page's outbox (one per copy of the library; only the primary copy runs it). */
export function getOutbox(): Outbox {
  instance ??= new Outbox(defaultOptions);
  return instance;
}

/**
 * Points the page's outbox at another database (and options). Tests use it
 * so that files running at once on one origin never share entries.
 */
export function configureOutbox(options: OutboxOptions): Outbox {
  instance?.stop();
  defaultOptions = options;
  instance = new Outbox(options);
  return instance;
}

/** Every entry waiting on this device (for tests and support). */
export function outboxEntries(): Promise<OutboxEntry[]> {
  return getOutbox().entries();
}

/** Removes every waiting entry (part of `FamilyElements.clearLocalData()`). */
export function clearOutbox(): Promise<void> {
  return getOutbox().clear();
}
