import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import { createEnvelope } from '../../../src/core/submit/envelope.js';
import {
  Outbox,
  OutboxStorageError,
  type OutboxClient,
  type OutboxEntry,
  type OutboxResult,
} from '../../../src/core/submit/outbox.js';
import { MAX_AGE_MS } from '../../../src/core/submit/retry-policy.js';

// These tests drive the outbox through `.transport` entries, so every try is
// seen exactly; the real receiver tests (submit.test.ts) cover fetch entries.

let n = 0;
const unique = (what: string) => `${what}-${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

function entryFor(formId: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  const envelope = createEnvelope({ type: 'family-survey', formId, locale: 'en', data: { answers: { q1: 'a' } } });
  return {
    id: envelope.id,
    envelope,
    endpoint: `${location.origin}/never-fetched/${formId}`,
    method: 'POST',
    format: 'json',
    credentials: 'omit',
    headers: { 'X-CSRF-Token': 'stale' },
    timeout: 5000,
    formId,
    viaTransport: true,
    attempts: 1,
    nextAttemptAt: 0,
    notBefore: 0,
    lastAttemptAt: 0,
    lastReason: 'offline',
    createdAt: Date.now(),
    unansweredTries: 0,
    ...overrides,
  };
}

interface Seen {
  requests: Request[];
  bodies: string[];
  results: Array<{ entry: OutboxEntry; result: OutboxResult }>;
}

function client(formId: string, answer: (request: Request) => Promise<Response>, headers = '{"X-CSRF-Token":"fresh"}') {
  const seen: Seen = { requests: [], bodies: [], results: [] };
  const c: OutboxClient = {
    formId,
    currentEndpoint: () => undefined,
    currentTransport: () => async (request) => {
      seen.requests.push(request);
      seen.bodies.push(await request.clone().text());
      return answer(request);
    },
    currentHeaders: () => JSON.parse(headers),
    outboxSettled: (entry, result) => seen.results.push({ entry, result }),
  };
  return { client: c, seen };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('outbox', () => {
  const outboxes: Outbox[] = [];
  const make = (dbName: string, options: Partial<ConstructorParameters<typeof Outbox>[0]> = {}) => {
    const o = new Outbox({ dbName, minGapMs: 0, random: () => 0.999, ...options });
    outboxes.push(o);
    return o;
  };
  afterEach(async () => {
    for (const o of outboxes.splice(0)) {
      o.stop();
      await o.clear().catch(() => undefined);
    }
  });

  it('sends an entry once, with fresh headers, and removes it on 2xx', async () => {
    const db = unique('outbox-send');
    const formId = unique('form');
    const outbox = make(db);
    const entry = entryFor(formId);
    await outbox.add(entry);
    const { client: c, seen } = client(formId, async () => new Response('{"ok":true}', { status: 201 }));
    outbox.register(c);
    await outbox.process('wake');
    expect(seen.requests).to.have.length(1);
    expect(seen.requests[0]!.headers.get('x-csrf-token')).to.equal('fresh');
    expect(seen.requests[0]!.headers.get('idempotency-key')).to.equal(entry.id);
    expect(JSON.parse(seen.bodies[0]!)).to.deep.equal(entry.envelope);
    expect(seen.results).to.deep.equal([{ entry, result: { kind: 'sent', status: 201, body: { ok: true }, waitlisted: false } }]);
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('a transport entry waits for an element with that form-id and a transport', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-wait'));
    await outbox.add(entryFor(formId));
    const other = client(unique('other-form'), async () => new Response('', { status: 200 }));
    outbox.register(other.client);
    await outbox.process('wake');
    expect(other.seen.requests).to.have.length(0);
    expect(await outbox.entries()).to.have.length(1);
    const mine = client(formId, async () => new Response('', { status: 200 }));
    outbox.register(mine.client);
    await outbox.process('wake');
    expect(mine.seen.requests).to.have.length(1);
    expect(await outbox.entries()).to.have.length(0);
  });

  for (const useWebLocks of [true, false]) {
    const how = useWebLocks ? 'Web Locks' : 'the IndexedDB lease (no Web Locks, as on plain http)';
    it(`two outboxes (two tabs) never send one entry twice at once, with ${how}`, async () => {
      const db = unique('outbox-tabs');
      const formId = unique('form');
      const a = make(db, { useWebLocks });
      const b = make(db, { useWebLocks });
      await a.add(entryFor(formId));
      await a.add(entryFor(formId));
      let inFlight = 0;
      let maxInFlight = 0;
      const slow = async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await delay(300);
        inFlight--;
        return new Response('', { status: 200 });
      };
      const ca = client(formId, slow);
      const cb = client(formId, slow);
      a.register(ca.client);
      b.register(cb.client);
      await Promise.all([a.process('wake'), b.process('wake'), a.process('wake'), b.process('wake')]);
      const ids = [...ca.seen.requests, ...cb.seen.requests].map((r) => r.headers.get('idempotency-key'));
      expect(ids).to.have.length(2);
      expect(new Set(ids).size).to.equal(2);
      expect(maxInFlight).to.be.at.most(2);
      expect(await a.entries()).to.have.length(0);
    });

    it(`a failed try in one tab is not repeated at once by the other, with ${how}`, async () => {
      const db = unique('outbox-tabs-fail');
      const formId = unique('form');
      const a = make(db, { useWebLocks, minGapMs: 5000 });
      const b = make(db, { useWebLocks, minGapMs: 5000 });
      await a.add(entryFor(formId));
      const ca = client(formId, async () => new Response('', { status: 503 }));
      const cb = client(formId, async () => new Response('', { status: 503 }));
      a.register(ca.client);
      b.register(cb.client);
      await a.process('wake');
      await b.process('wake');
      await Promise.all([a.process('due'), b.process('due')]);
      expect(ca.seen.requests.length + cb.seen.requests.length).to.equal(1);
      const [entry] = await b.entries();
      expect(entry!.attempts).to.equal(2);
      expect(entry!.lastReason).to.equal('http-503');
      expect(entry!.nextAttemptAt).to.be.above(Date.now() - 1000);
    });
  }

  it('honours Retry-After: no try before it, one after', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-retry-after'));
    await outbox.add(entryFor(formId));
    let calls = 0;
    const c = client(formId, async () =>
      ++calls === 1 ? new Response('', { status: 429, headers: { 'Retry-After': '1' } }) : new Response('', { status: 200 }),
    );
    outbox.register(c.client);
    await outbox.process('wake');
    expect(calls).to.equal(1);
    const [entry] = await outbox.entries();
    expect(entry!.notBefore - entry!.lastAttemptAt).to.equal(1000);
    await outbox.process('wake');
    await outbox.process('due');
    expect(calls).to.equal(1);
    await delay(1050);
    await outbox.process('wake');
    expect(calls).to.equal(2);
    expect(await outbox.entries()).to.have.length(0);
  });

  it('after three unanswered tries while online reports network, keeping the entry', async function () {
    if (!navigator.onLine) this.skip();
    const formId = unique('form');
    const outbox = make(unique('outbox-unanswered'));
    // Not due for the timer: only the wake-ups below try it.
    await outbox.add(entryFor(formId, { nextAttemptAt: Date.now() + 60_000 }));
    const c = client(formId, async () => {
      throw new TypeError('Failed to fetch');
    });
    outbox.register(c.client);
    // Connecting is the first try; two more follow.
    await waitUntil(() => c.seen.requests.length === 1, 'connecting did not wake the outbox', { timeout: 5000 });
    await outbox.process('wake');
    await outbox.process('wake');
    expect(c.seen.requests).to.have.length(3);
    expect(c.seen.results.map((r) => r.result.kind)).to.deep.equal(['unanswered']);
    const [entry] = await outbox.entries();
    expect(entry!.unansweredTries).to.equal(3);
  });

  it('a try made while the browser is offline neither counts nor breaks the run: network comes on the third online try', async function () {
    if (!navigator.onLine) this.skip();
    const formId = unique('form');
    const outbox = make(unique('outbox-offline-try'));
    await outbox.add(entryFor(formId, { nextAttemptAt: Date.now() + 60_000 }));
    const c = client(formId, async () => {
      throw new TypeError('Failed to fetch');
    });
    outbox.register(c.client);
    await waitUntil(() => c.seen.requests.length === 1, 'connecting did not wake the outbox', { timeout: 5000 });
    // The browser reports itself offline for the second try (a family on a train).
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await outbox.process('wake');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
    expect((await outbox.entries())[0]!.unansweredTries).to.equal(1);
    await outbox.process('wake');
    expect(c.seen.results).to.have.length(0);
    await outbox.process('wake');
    expect(c.seen.requests).to.have.length(4);
    expect(c.seen.results.map((r) => r.result.kind)).to.deep.equal(['unanswered']);
    // Reported once: a fifth silent try says nothing more.
    await outbox.process('wake');
    expect(c.seen.results).to.have.length(1);
    expect((await outbox.entries())[0]!.unansweredTries).to.equal(4);
  });

  it('a non-retryable answer removes the entry and tells the element', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-403'));
    await outbox.add(entryFor(formId));
    const c = client(formId, async () => new Response('', { status: 403 }));
    outbox.register(c.client);
    await outbox.process('wake');
    expect(c.seen.results[0]!.result.kind).to.equal('rejected');
    expect(await outbox.entries()).to.have.length(0);
  });

  it('an entry older than 7 days leaves without a try, reported as expired', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-expired'));
    await outbox.add(entryFor(formId, { createdAt: Date.now() - MAX_AGE_MS - 1 }));
    const c = client(formId, async () => new Response('', { status: 200 }));
    outbox.register(c.client);
    await outbox.process('wake');
    expect(c.seen.requests).to.have.length(0);
    expect(c.seen.results.map((r) => r.result.kind)).to.deep.equal(['expired']);
    expect(await outbox.entries()).to.have.length(0);
  });

  it('retries by itself on its timer', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-timer'), { minGapMs: 60_000 });
    const c = client(formId, async () => new Response('', { status: 200 }));
    outbox.register(c.client); // starts the outbox
    await outbox.add(entryFor(formId, { lastAttemptAt: Date.now(), nextAttemptAt: Date.now() + 300 }));
    await waitUntil(() => c.seen.requests.length === 1, 'not retried on the timer', { timeout: 5000 });
  });

  it('retries on the online event', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-online'), { minGapMs: 0 });
    const c = client(formId, async () => new Response('', { status: 200 }));
    await outbox.add(entryFor(formId, { lastAttemptAt: Date.now(), nextAttemptAt: Date.now() + 60_000 }));
    outbox.start();
    outbox.register(c.client);
    await waitUntil(() => c.seen.requests.length === 1, 'the element connecting did not wake the outbox', { timeout: 5000 });
    await outbox.add(entryFor(formId, { lastAttemptAt: Date.now(), nextAttemptAt: Date.now() + 60_000 }));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => c.seen.requests.length === 2, 'online did not wake the outbox', { timeout: 5000 });
  });

  it('a cleared entry is not put back by a try that was under way', async () => {
    const formId = unique('form');
    const outbox = make(unique('outbox-clear-inflight'));
    const entry = entryFor(formId);
    await outbox.add(entry);
    const c = client(formId, async () => {
      await outbox.remove(entry.id);
      return new Response('', { status: 503 });
    });
    outbox.register(c.client);
    await outbox.process('wake');
    expect(await outbox.entries()).to.have.length(0);
  });

  it('reports storage errors where IndexedDB cannot open', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const outbox = new Outbox({ dbName: unique('outbox-blocked') });
      let error: unknown;
      try {
        await outbox.add(entryFor(unique('form')));
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(OutboxStorageError);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});
