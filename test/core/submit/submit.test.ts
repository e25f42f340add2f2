import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import type { Envelope } from '../../../src/core/submit/envelope.schema.js';
import { configureOutbox, getOutbox, Outbox, outboxEntries, type OutboxOptions } from '../../../src/core/submit/outbox.js';
import { clearLocalData } from '../../../src/core/local-data.js';
import type { Transport } from '../../../src/core/submit/request.js';
import { noCorsReceiverUrl, receivedRequests, receiverCounts, receiverUrl, setFaults } from '../../receiver.js';
import { fillFixture, FixtureSubmitting } from './fixture-submitting.js';
import {
  recordEvents,
  respondedRequests,
  scriptedEndpoint,
  statusText,
  submittingElementSuite,
  queuedEvent,
  uniqueId,
  waitForState,
} from './submitting-element-suite.js';

submittingElementSuite('fixture-submitting', (el) => fillFixture(el), {
  serverField: { path: 'comment' },
  type: 'family-homework-tip',
});

describe('submitting (fixture element)', function () {
  this.timeout(30_000);
  const dbName = uniqueId('submit-outbox');
  const mounted: Element[] = [];
  let recorder: ReturnType<typeof recordEvents>;

  // random 1: the first timed retry waits the full 2 s, so tests decide when retries happen.
  const outboxOptions: OutboxOptions = { dbName, minGapMs: 0, random: () => 0.999 };
  before(() => configureOutbox(outboxOptions));
  beforeEach(() => (recorder = recordEvents()));
  afterEach(async () => {
    recorder.stop();
    for (const el of mounted.splice(0)) el.remove();
    await getOutbox().clear();
  });

  async function mount(attributes: Record<string, string>, comment = 'We read it together.'): Promise<FixtureSubmitting> {
    const el = document.createElement('fixture-submitting');
    el.setAttribute('no-language-picker', '');
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    document.body.append(el);
    mounted.push(el);
    await el.updateComplete;
    await getOutbox().process('wake'); // the wake-up its connecting asked for, done now
    await fillFixture(el, comment);
    return el;
  }
  const atReceiver = async (extra: Record<string, string> = {}, base = receiverUrl) => {
    const formId = uniqueId('fixture');
    const el = await mount({ endpoint: `${base}/api/submissions`, 'form-id': formId, ...extra });
    return { el, formId };
  };
  const send = (el: FixtureSubmitting) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  const queued = () => queuedEvent(recorder);

  it('client-side errors stop the submission before anything is sent', async () => {
    const { el, formId } = await atReceiver({}, receiverUrl);
    await fillFixture(el, '   ');
    send(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.submission.state).to.equal('idle');
    expect(recorder.of('family-submit')).to.have.length(0);
    expect(await receiverCounts(formId)).to.deep.equal({ count: 0, attempts: 0 });
  });

  it('a filled honeypot looks successful and sends nothing', async () => {
    const { el, formId } = await atReceiver();
    const trap = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"], [class*="honeypot"] input')!;
    expect(trap, 'honeypot input').to.exist;
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input', { bubbles: true }));
    send(el);
    await waitForState(el, 'sent');
    expect(recorder.of('family-submit')).to.have.length(0);
    expect(await receiverCounts(formId)).to.deep.equal({ count: 0, attempts: 0 });
  });

  it('a waitlist answer shows the waitlist confirmation', async () => {
    const el = await mount({ endpoint: scriptedEndpoint(uniqueId('wait'), 200, { waitlisted: true }), 'form-id': uniqueId('f') });
    send(el);
    await waitForState(el, 'waitlisted');
    expect(statusText(el)).to.contain('waitlist');
    expect(recorder.of('family-submitted')[0]!.detail['body']).to.deep.equal({ waitlisted: true });
    await expect(el).to.be.accessible();
  });

  it('404 and 413 have their own words', async () => {
    const el = await mount({ endpoint: scriptedEndpoint(uniqueId('404'), 404), 'form-id': uniqueId('f') });
    send(el);
    await waitForState(el, 'error');
    expect(statusText(el)).to.contain('wrong address');
    const el2 = await mount({ endpoint: scriptedEndpoint(uniqueId('413'), 413), 'form-id': uniqueId('f') });
    send(el2);
    await waitForState(el2, 'error');
    expect(statusText(el2)).to.contain('too large');
  });

  it('after a 4xx, changed answers are a new submission with a new id; unchanged keep the id', async () => {
    const key = uniqueId('422-new-id');
    const el = await mount({ endpoint: scriptedEndpoint(key, 422, { errors: { comment: 'Too vague' } }), 'form-id': uniqueId('f') });
    send(el);
    await waitUntil(() => recorder.of('family-invalid').length === 1, 'no family-invalid', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[data-field="comment"]')!.textContent).to.contain('Too vague');
    send(el);
    await waitUntil(() => recorder.of('family-invalid').length === 2, 'second answer', { timeout: 5000 });
    await fillFixture(el, 'We read it together, twice.');
    send(el);
    await waitUntil(() => recorder.of('family-invalid').length === 3, 'third answer', { timeout: 5000 });
    const ids = (await respondedRequests(key)).map((r) => (JSON.parse(r.body) as Envelope).id);
    expect(ids[0]).to.equal(ids[1]);
    expect(ids[2]).not.to.equal(ids[1]);
  });

  it('refuses an envelope over 100 kB with a clear message and sends nothing', async () => {
    const { el, formId } = await atReceiver({}, receiverUrl);
    await fillFixture(el, 'é'.repeat(60_000));
    send(el);
    await waitForState(el, 'error');
    expect(statusText(el)).to.contain('too long');
    expect(await receiverCounts(formId)).to.deep.equal({ count: 0, attempts: 0 });
  });

  it('a try without an answer within the timeout is queued as timeout, and delivered once later', async () => {
    const { el, formId } = await atReceiver({ timeout: '300' });
    // Far longer than the timeout: in a full run, another test file's page can hold this one's main
    // thread for a second or more, and the late answer must not beat the late timeout.
    await setFaults(formId, { delayMs: 5000 });
    send(el);
    await queued();
    expect(recorder.of('family-queued')[0]!.detail['reason']).to.equal('timeout');
    await getOutbox().process('wake');
    await waitForState(el, 'sent');
    // The receiver dropped the abandoned one (the page had gone); the retry is the one stored.
    expect(await receiverCounts(formId)).to.include({ count: 1 });
  });

  it('honours Retry-After: not retried before it, delivered after', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { retryAfter429: { count: 1, seconds: 2 } });
    send(el);
    await queued();
    expect(recorder.of('family-queued')[0]!.detail['reason']).to.equal('http-429');
    const queuedAt = Date.now();
    await getOutbox().process('wake');
    await getOutbox().process('due');
    expect(await receiverCounts(formId)).to.deep.equal({ count: 0, attempts: 1 });
    await waitUntil(() => Date.now() - queuedAt > 2100, '', { timeout: 4000 });
    await getOutbox().process('wake');
    await waitForState(el, 'sent');
    expect(await receiverCounts(formId)).to.deep.equal({ count: 1, attempts: 2 });
  });

  it('replays to its own endpoint with fresh headers from the element on the page', async () => {
    const { el, formId } = await atReceiver({ headers: '{"X-CSRF-Token":"old"}', method: 'PUT' });
    await setFaults(formId, { fail503: 1 });
    send(el);
    await queued();
    el.setAttribute('headers', '{"X-CSRF-Token":"new"}');
    await getOutbox().process('wake');
    await waitForState(el, 'sent');
    const requests = await receivedRequests(formId);
    expect(requests.map((r) => [r.method, r.headers['x-csrf-token']])).to.deep.equal([
      ['PUT', 'old'],
      ['PUT', 'new'],
    ]);
  });

  it('an endpoint without Access-Control-Allow-Origin: queued, and after three tries a network error that says so', async function () {
    if (!navigator.onLine) this.skip();
    // format=form is a simple request: the receiver gets and stores it, but the browser hides the answer.
    const { el, formId } = await atReceiver({ format: 'form' }, noCorsReceiverUrl);
    send(el);
    await waitForState(el, 'queued');
    expect(recorder.of('family-queued')[0]!.detail['reason']).to.equal('offline');
    while (recorder.of('family-error').length === 0) {
      expect((await receiverCounts(formId, noCorsReceiverUrl)).attempts).to.be.below(3);
      await getOutbox().process('wake');
    }
    const [error] = recorder.of('family-error');
    expect(error!.detail['kind']).to.equal('network');
    expect(String(error!.detail['message'])).to.contain('Access-Control-Allow-Origin');
    expect(await outboxEntries()).to.have.length(1);
    // The receiver did get them (and kept one, by its id): only the browser hid its answers.
    expect(await receiverCounts(formId, noCorsReceiverUrl)).to.deep.equal({ count: 1, attempts: 3 });
  });

  it('two outboxes on one database (two tabs) deliver a queued entry once', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { fail503: 1 });
    send(el);
    await queued();
    await setFaults(formId, { delayMs: 400 });
    const other = new Outbox({ dbName, minGapMs: 0 });
    await Promise.all([getOutbox().process('wake'), other.process('wake'), getOutbox().process('wake'), other.process('wake')]);
    await waitForState(el, 'sent');
    expect(await receiverCounts(formId)).to.deep.equal({ count: 1, attempts: 2 });
  });

  it('a later page (a reload) delivers what an earlier one queued', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { down: true });
    send(el);
    await waitForState(el, 'queued');
    const id = el.submission.lastEnvelope!.id;
    el.remove(); // the family closes the page…
    getOutbox().stop(); // …and with it this page's outbox
    await setFaults(formId, { down: false });
    const frame = document.createElement('iframe');
    frame.src = `/test/core/submit/reload-frame.html?${new URLSearchParams({
      db: dbName,
      formId,
      endpoint: `${receiverUrl}/api/submissions`,
    })}`;
    document.body.append(frame);
    mounted.push(frame);
    await waitUntil(() => frame.contentDocument?.body?.dataset['submitted'] === id, 'the later page did not send it', {
      timeout: 15_000,
    });
    expect(await receiverCounts(formId)).to.include({ count: 1 });
    expect(await outboxEntries()).to.have.length(0);
  });

  it('a transport entry is sent through the transport of an element with that form-id', async () => {
    // Every try here is one the test asks for: on a loaded machine the 2 s timed retry could otherwise come
    // through the first transport before the test takes it away. The outbox's clock stands at the first
    // try instead (as in the fault matrix), so a wake-up may try again and no timed retry is ever due.
    let clock = Date.now();
    configureOutbox({ ...outboxOptions, now: () => clock });
    try {
      const formId = uniqueId('fixture-transport');
      const el = await mount({ 'form-id': formId });
      let calls = 0;
      // The portal's own client, posting to the real receiver.
      const portalClient: Transport = async (request) => {
        calls++;
        return fetch(`${receiverUrl}/api/submissions`, {
          method: request.method,
          headers: request.headers,
          body: await request.text(),
          signal: request.signal,
        });
      };
      el.transport = portalClient;
      await setFaults(formId, { fail503: 1 });
      send(el);
      await queued();
      const [entry] = await outboxEntries();
      expect(entry!.viaTransport).to.equal(true);
      clock = Math.max(clock, entry!.lastAttemptAt);
      el.transport = undefined;
      await getOutbox().process('wake');
      expect(calls).to.equal(1);
      el.transport = portalClient;
      await getOutbox().process('wake');
      await waitForState(el, 'sent');
      expect(calls).to.equal(2);
      expect(await receiverCounts(formId)).to.include({ count: 1 });
    } finally {
      configureOutbox(outboxOptions);
    }
  });

  it('queued: "Copy my answers" falls back to selectable text; "Clear" asks first, then removes the entry', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { down: true });
    send(el);
    await waitForState(el, 'queued');
    const root = el.shadowRoot!;
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      root.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
      await waitUntil(() => root.querySelector('.copy-fallback textarea'), 'no fallback', { timeout: 5000 });
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    const area = root.querySelector<HTMLTextAreaElement>('.copy-fallback textarea')!;
    expect(area.value).to.contain('comment: We read it together.');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
    await el.updateComplete;
    expect(statusText(el)).to.contain('Remove your saved answers from this device?');
    expect(await outboxEntries()).to.have.length(1);
    root.querySelector<HTMLButtonElement>('[part~="clear-confirm-button"]')!.click();
    await waitForState(el, 'idle');
    expect(await outboxEntries()).to.have.length(0);
    expect(root.querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('We read it together.');
  });

  it('Send pressed again while the same answers wait: the saved entry is tried, never a copy sent beside it', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { down: true });
    send(el);
    await waitForState(el, 'queued');
    const [saved] = await outboxEntries();
    expect(saved!.attempts).to.equal(1);
    send(el);
    // The press asks the outbox to try the entry now (its first timed retry is 2 s away).
    await waitUntil(async () => (await outboxEntries())[0]?.attempts === 2, 'the outbox tried the saved entry');
    expect(el.submission.state).to.equal('queued');
    // One entry, the same: its 7 days still count from the first save.
    const entries = await outboxEntries();
    expect(entries).to.have.length(1);
    expect(entries[0]!.id).to.equal(saved!.id);
    expect(entries[0]!.createdAt).to.equal(saved!.createdAt);
    await setFaults(formId, { down: false });
    await getOutbox().process('wake');
    await waitForState(el, 'sent');
    expect(await receiverCounts(formId)).to.include({ count: 1 });
    expect(recorder.of('family-submitted')).to.have.length(1);
  });

  it('where IndexedDB is unavailable: "could not be saved", answers on screen, family-error storage', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('blocked', 'SecurityError');
    };
    configureOutbox({ dbName: uniqueId('blocked'), minGapMs: 0 });
    try {
      const { el, formId } = await atReceiver();
      await setFaults(formId, { fail503: 1 });
      send(el);
      await waitForState(el, 'error');
      expect(statusText(el)).to.contain('does not allow saving them on this device');
      expect(recorder.of('family-error')[0]!.detail['kind']).to.equal('storage');
      expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('We read it together.');
      await expect(el).to.be.accessible();
    } finally {
      IDBFactory.prototype.open = open;
      configureOutbox({ dbName, minGapMs: 0, random: () => 0.999 });
    }
  });

  it('clearLocalData() empties the outbox', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { down: true });
    send(el);
    await waitForState(el, 'queued');
    expect(await outboxEntries()).to.have.length(1);
    await clearLocalData();
    expect(await outboxEntries()).to.have.length(0);
  });

  it('shows "Sending…" in a polite live region while it waits', async () => {
    const { el, formId } = await atReceiver();
    await setFaults(formId, { delayMs: 600 });
    send(el);
    await waitForState(el, 'sending');
    const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    expect(live.textContent).to.contain('Sending');
    await expect(el).to.be.accessible();
    await waitForState(el, 'sent');
    expect(live.isConnected && live.textContent).to.contain('Thank you');
  });
});
