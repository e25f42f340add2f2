import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import type { Envelope } from '../../src/core/submit/envelope.schema.js';
import { configureOutbox, getOutbox, outboxEntries, type OutboxOptions } from '../../src/core/submit/outbox.js';
import type { SubmittingElement } from '../../src/core/submit/submitting-element.js';
import {
  recordEvents,
  statusText,
  uniqueId,
  waitForState,
} from '../core/submit/submitting-element-suite.js';
import { noCorsReceiverUrl, receiverCounts, receiverUrl, setFaults, type ReceiverFaults } from '../receiver.js';
import { ELEMENTS, mountFilled, type ElementKind } from './elements.js';

/**
 * The fault matrix (issue 12): every fault the reference receiver can play,
 * against every submitting element, each row asserting what the family reads
 * and that the receiver ends with exactly one copy. A row runs the five
 * elements at once (each its own form-id), which keeps the file fast; the
 * plain-http row is plain-http.test.ts: a page on http://school.test, a name
 * the browsers are started to resolve to this machine (not a secure context).
 *
 * The outbox is driven by `process('wake')` (what a page load or `online`
 * does) rather than its timer, so every try is one the test asked for: its
 * clock stands still at the last try, so no backoff is ever due however slow
 * the machine, and the test moves it on (`wake()`, and past Retry-After).
 */

const QUEUED = 'Saved on this device. It will be sent when this page (or another page with these forms) is open and online.';
const NOT_SAVED = 'does not allow saving them on this device';
const THANKS = 'Thank you';

interface Row {
  kind: ElementKind;
  el: SubmittingElement;
  formId: string;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fault matrix: every submitting element, the reference receiver, its faults', function () {
  this.timeout(60_000);
  const dbName = uniqueId('matrix-outbox');
  let clock = Date.now();
  const outboxOptions: OutboxOptions = { dbName, minGapMs: 0, now: () => clock };
  /** The clock at the latest try, so a wake-up may try again and no timed retry is due. */
  async function wake(): Promise<void> {
    const entries = await outboxEntries().catch(() => []); // (a row where IndexedDB is blocked)
    clock = Math.max(clock, ...entries.map((e) => e.lastAttemptAt));
    await getOutbox().process('wake');
  }
  const mounted: Element[] = [];
  let recorder: ReturnType<typeof recordEvents>;

  before(() => configureOutbox(outboxOptions));
  beforeEach(() => (recorder = recordEvents()));
  afterEach(async () => {
    recorder.stop();
    for (const el of mounted.splice(0)) el.remove();
    await getOutbox().clear();
    configureOutbox(outboxOptions);
  });

  const eventsOf = (row: Row, type: string) => recorder.of(type).filter((e) => e.target === row.el);

  /** One filled element per kind, each with its own form-id, its faults already set. */
  async function rows(
    name: string,
    faults?: ReceiverFaults,
    attributes: Record<string, string> = {},
    base = receiverUrl,
  ): Promise<Row[]> {
    const made = await Promise.all(
      ELEMENTS.map(async (kind) => {
        const formId = uniqueId(`${name}-${kind.tag}`);
        if (faults) await setFaults(formId, faults, base);
        const el = await mountFilled(kind, { endpoint: `${base}/api/submissions`, 'form-id': formId, ...attributes }, mounted);
        return { kind, el, formId };
      }),
    );
    return made;
  }

  const each = <T>(list: Row[], f: (row: Row) => Promise<T>) => Promise.all(list.map(f));

  async function submitAll(list: Row[], state: 'queued' | 'sent' | 'error'): Promise<void> {
    await each(list, async (row) => {
      row.kind.submit(row.el);
      await waitForState(row.el, state);
    });
  }

  async function expectQueued(list: Row[], reason?: string): Promise<void> {
    for (const row of list) {
      expect(row.el.submission.state, row.kind.tag).to.equal('queued');
      expect(statusText(row.el), row.kind.tag).to.contain(QUEUED);
      if (reason) expect(eventsOf(row, 'family-queued')[0]?.detail['reason'], row.kind.tag).to.equal(reason);
    }
  }

  async function expectDelivered(list: Row[], attempts?: number, base = receiverUrl): Promise<void> {
    await each(list, (row) => waitForState(row.el, 'sent'));
    for (const row of list) {
      expect(statusText(row.el), row.kind.tag).to.contain(THANKS);
      const counts = await receiverCounts(row.formId, base);
      expect(counts.count, `${row.kind.tag} stored copies`).to.equal(1);
      if (attempts !== undefined) expect(counts.attempts, `${row.kind.tag} requests`).to.equal(attempts);
      const [submitted] = eventsOf(row, 'family-submitted');
      const [queued] = eventsOf(row, 'family-queued');
      if (queued) expect((submitted!.detail['envelope'] as Envelope).id).to.equal((queued.detail['envelope'] as Envelope).id);
    }
    expect(await outboxEntries()).to.have.length(0);
  }

  it('receiver down, then up: saved on this device, then delivered once', async () => {
    const list = await rows('down', { down: true });
    await submitAll(list, 'queued');
    await expectQueued(list, 'offline');
    await wake();
    await expectQueued(list);
    await each(list, (row) => setFaults(row.formId, { down: false }));
    await wake();
    await expectDelivered(list);
  });

  it('503 three times, then recovery: saved each time, delivered once on the fourth try', async () => {
    const list = await rows('503x3', { fail503: 3 });
    await submitAll(list, 'queued');
    await expectQueued(list, 'http-503');
    for (let i = 0; i < 2; i++) {
      await wake();
      await expectQueued(list);
    }
    await wake();
    await expectDelivered(list, 4);
  });

  it('429 with Retry-After: no try before it, delivered once after', async () => {
    const list = await rows('429', { retryAfter429: { count: 1, seconds: 1 } });
    await submitAll(list, 'queued');
    await expectQueued(list, 'http-429');
    await wake();
    for (const row of list) expect(await receiverCounts(row.formId)).to.deep.equal({ count: 0, attempts: 1 });
    const entries = await outboxEntries();
    clock = Math.min(...entries.map((e) => e.notBefore)) - 1; // a moment before any Retry-After ends: still waiting
    await wake();
    for (const row of list) expect(await receiverCounts(row.formId)).to.deep.equal({ count: 0, attempts: 1 });
    clock = Math.max(...entries.map((e) => e.notBefore));
    await wake();
    await expectDelivered(list, 2);
  });

  it('a response slower than the element’s timeout: saved as timeout, then delivered once', async () => {
    // Times with room for a loaded machine: the retry must not time out as well.
    const list = await rows('slow', { delayMs: 8000 }, { timeout: '3000' });
    await submitAll(list, 'queued');
    await expectQueued(list, 'timeout');
    // The held request reached the receiver (so the next one is not held), which stores nothing once the page gave up.
    await each(list, (row) =>
      waitUntil(async () => (await receiverCounts(row.formId)).attempts === 1, `${row.kind.tag}: first try not received`, {
        timeout: 10_000,
      }),
    );
    await wake();
    // The receiver dropped the abandoned request (the page gave up first); the retry is the copy.
    await expectDelivered(list);
  });

  it('connection dropped after the receiver stored it: the retry makes no duplicate', async () => {
    const list = await rows('dropped', { dropAfterStore: 1 });
    await submitAll(list, 'queued');
    await expectQueued(list, 'offline');
    for (const row of list) expect(await receiverCounts(row.formId)).to.deep.equal({ count: 1, attempts: 1 });
    await wake();
    await expectDelivered(list, 2);
  });

  /** Opens the frame page (a later page, or another tab) with the elements of these rows. */
  function openFrame(list: Row[]): HTMLIFrameElement {
    const query = new URLSearchParams({ db: dbName, endpoint: `${receiverUrl}/api/submissions` });
    for (const row of list) {
      query.append('tag', row.kind.tag);
      query.append('formId', row.formId);
    }
    const frame = document.createElement('iframe');
    frame.src = `/test/reliability/outbox-frame.html?${query}`;
    document.body.append(frame);
    mounted.push(frame);
    return frame;
  }
  const deliveredBy = (frames: HTMLIFrameElement[]) =>
    frames.flatMap((f) => (f.contentDocument?.body?.dataset['submitted'] ?? '').split(' ').filter(Boolean));

  it('page reloaded mid-queue: a later page with the element delivers it, once', async () => {
    const list = await rows('reload', { down: true });
    await submitAll(list, 'queued');
    await expectQueued(list, 'offline');
    const ids = list.map((row) => row.el.submission.lastEnvelope!.id);
    for (const row of list) row.el.remove(); // the family closes the page…
    getOutbox().stop(); // …and with it this page's outbox
    await each(list, (row) => setFaults(row.formId, { down: false }));
    const frames = [openFrame(list)];
    await waitUntil(() => ids.every((id) => deliveredBy(frames).includes(id)), 'the later pages did not send them all', {
      timeout: 20_000,
    });
    expect(deliveredBy(frames).sort()).to.deep.equal([...ids].sort());
    for (const row of list) expect(await receiverCounts(row.formId), row.kind.tag).to.deep.equal({ count: 1, attempts: 2 });
    expect(await outboxEntries()).to.have.length(0);
  });

  it('two tabs with the element and the outbox: each entry is sent by one of them, once', async () => {
    const list = await rows('tabs', { fail503: 1 });
    await submitAll(list, 'queued');
    await expectQueued(list, 'http-503');
    const ids = list.map((row) => row.el.submission.lastEnvelope!.id);
    getOutbox().stop(); // this page steps back; the two tabs race for the entries
    // A slow answer keeps each send in flight while the other tab wakes up.
    await each(list, (row) => setFaults(row.formId, { delayMs: 400 }));
    const frames = [openFrame(list), openFrame(list)];
    await waitUntil(() => ids.every((id) => deliveredBy(frames).includes(id)), 'the tabs did not send them all', {
      timeout: 20_000,
    });
    await delay(600); // a second send, if there were one, would have arrived by now
    expect(deliveredBy(frames).sort(), 'each entry delivered by exactly one tab').to.deep.equal([...ids].sort());
    for (const row of list) expect(await receiverCounts(row.formId), row.kind.tag).to.deep.equal({ count: 1, attempts: 2 });
  });

  it('IndexedDB unavailable: the family is told it could not be saved, answers stay; once fixed, one copy', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    let list: Row[];
    try {
      configureOutbox({ ...outboxOptions, dbName: uniqueId('matrix-blocked') });
      list = await rows('no-idb', { fail503: 1 });
      await submitAll(list, 'error');
      for (const row of list) {
        expect(statusText(row.el), row.kind.tag).to.contain(NOT_SAVED);
        expect(eventsOf(row, 'family-error')[0]?.detail['kind'], row.kind.tag).to.equal('storage');
        expect(row.kind.typed(row.el), `${row.kind.tag} answers on screen`).to.not.equal('');
        expect(await receiverCounts(row.formId)).to.deep.equal({ count: 0, attempts: 1 });
      }
    } finally {
      IDBFactory.prototype.open = open;
      configureOutbox(outboxOptions);
    }
    // The family tries again (the server is back): one copy.
    await submitAll(list, 'sent');
    await expectDelivered(list, 2);
  });

  it('storage quota exceeded: the family is told it could not be saved, answers stay; once fixed, one copy', async () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let list: Row[];
    try {
      list = await rows('quota', { fail503: 1 });
      await submitAll(list, 'error');
      for (const row of list) {
        expect(statusText(row.el), row.kind.tag).to.contain(NOT_SAVED);
        expect(eventsOf(row, 'family-error')[0]?.detail['kind'], row.kind.tag).to.equal('storage');
        expect(row.kind.typed(row.el), `${row.kind.tag} answers on screen`).to.not.equal('');
      }
      expect(await outboxEntries()).to.have.length(0);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    await submitAll(list, 'sent');
    await expectDelivered(list, 2);
  });

  it('endpoint without Access-Control-Allow-Origin: after three unanswered tries a network error, entry kept, one copy', async function () {
    if (!navigator.onLine) this.skip();
    // format=form is a simple request: the receiver gets and stores it, but the browser hides every answer.
    const list = await rows('no-cors', undefined, { format: 'form' }, noCorsReceiverUrl);
    await submitAll(list, 'queued');
    await expectQueued(list, 'offline');
    for (const row of list) expect(eventsOf(row, 'family-error')).to.have.length(0);
    await wake();
    await wake();
    const entries = await outboxEntries();
    for (const row of list) {
      const errors = eventsOf(row, 'family-error');
      expect(errors, `${row.kind.tag} family-error`).to.have.length(1);
      expect(errors[0]!.detail['kind']).to.equal('network');
      expect(String(errors[0]!.detail['message'])).to.contain('Access-Control-Allow-Origin');
      expect(statusText(row.el), row.kind.tag).to.contain(QUEUED);
      expect(entries.filter((e) => e.formId === row.formId), `${row.kind.tag} entry kept`).to.have.length(1);
      expect(await receiverCounts(row.formId, noCorsReceiverUrl), row.kind.tag).to.deep.equal({ count: 1, attempts: 3 });
    }
  });
});
