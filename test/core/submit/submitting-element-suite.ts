import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import type { Envelope } from '../../../src/core/submit/envelope.schema.js';
import { loadPipeline } from '../../../src/core/submit/load-pipeline.js';
import { configureOutbox, getOutbox } from '../../../src/core/submit/outbox.js';
import type { FamilyElement } from '../../../src/core/family-element.js';
import type { SubmittingElement } from '../../../src/core/submit/submitting-element.js';
import type { SubmissionState, SubmitController } from '../../../src/core/submit/submit-controller.js';
import { receivedRequests, receiverCounts, receiverUrl, setFaults, submissionsUrl } from '../../receiver.js';


/**
 * Waits until a mounted element has joined the outbox, then does the wake-up
 * its joining asked for (50 ms later) now. An element whose form loads later
 * (the tip) joins only after the pipeline has loaded, so a wake-up still to
 * come could otherwise try a queued test answer again before the test looks
 * at it.
 */
export async function joinedOutbox(): Promise<void> {
  await loadPipeline();
  await new Promise((resolve) => setTimeout(resolve));
  await getOutbox().process('wake');
}

/**
 * The shared tests every submitting element runs (like Web Awesome's
 * `runFormControlBaseTests`): envelope and headers at a real receiver, both
 * formats, server field errors, 4xx, the outbox on 503 and network loss with
 * exactly-once delivery, events, no endpoint, `respondWith`, axe per state.
 *
 * Needs the receiver plugin (test/receiver-plugin.mjs) and the scripted responder
 * (`test/core/submit/responder.mjs`, `/__respond/…`) on the test server.
 */
export interface SubmittingSuiteOptions {
  /** Attributes the element needs besides endpoint and form-id (e.g. `event-id`). */
  attributes?: Record<string, string>;
  /** Runs after the element first rendered and before `fill` (e.g. set `.definition`). */
  setup?: (el: SubmittingElement) => void | Promise<void>;
  /** Presses the element's submit control; default: its `button[type=submit]`. */
  submit?: (el: SubmittingElement) => void | Promise<void>;
  /**
   * A field the element shows server errors for: `path` is its dotted path in
   * `data`, `serverName` how a server may name it (default `path`; surveys: `q1`).
   */
  serverField: { path: string; serverName?: string };
  /** The envelope `type` the element sends; default the tag. */
  type?: string;
}

export interface RespondedRequest {
  method: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Requests the scripted responder received for one key. */
export async function respondedRequests(key: string): Promise<RespondedRequest[]> {
  const r = await fetch(`/__respond-log/${encodeURIComponent(key)}`);
  return ((await r.json()) as { requests: RespondedRequest[] }).requests;
}

/** An endpoint on the test server that answers `status` with `body`. */
export function scriptedEndpoint(key: string, status: number, body: unknown = {}): string {
  return `/__respond/${encodeURIComponent(key)}?status=${status}&body=${encodeURIComponent(JSON.stringify(body))}`;
}

let counter = 0;
export const uniqueId = (what: string) =>
  `${what}-${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export interface RecordedEvent {
  type: string;
  detail: Record<string, unknown>;
  target: EventTarget | null;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
}

const EVENT_TYPES = ['family-submit', 'family-submitted', 'family-queued', 'family-invalid', 'family-error'];

/** Records every family-* submission event that reaches the document (so: bubbles and is composed). */
export function recordEvents(): { events: RecordedEvent[]; of(type: string): RecordedEvent[]; stop(): void } {
  const events: RecordedEvent[] = [];
  const listener = (e: Event) =>
    events.push({
      type: e.type,
      detail: (e as CustomEvent).detail,
      target: e.target,
      bubbles: e.bubbles,
      composed: e.composed,
      cancelable: e.cancelable,
    });
  for (const type of EVENT_TYPES) document.addEventListener(type, listener);
  return {
    events,
    of: (type) => events.filter((e) => e.type === type),
    stop: () => EVENT_TYPES.forEach((type) => document.removeEventListener(type, listener)),
  };
}

/**
 * Waits until `family-queued` was dispatched. Unlike polling the state, this cannot
 * miss a queued state that a retry turned into `sent` while a busy full run held the page.
 */
export function queuedEvent(recorder: ReturnType<typeof recordEvents>): Promise<void> {
  return waitUntil(() => recorder.of('family-queued').length > 0, 'no family-queued', { timeout: 8000 });
}

/** An element with its submission: a SubmittingElement, or a homework tip once its forms have loaded. */
export type WithSubmission = FamilyElement & { readonly submission?: SubmitController };

/** The visible text of the element's submission status box. */
export function statusText(el: Element): string {
  return (el.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitForState(el: WithSubmission, state: SubmissionState, timeout = 8000): Promise<void> {
  try {
    await waitUntil(() => el.submission?.state === state, '', { timeout });
  } catch {
    throw new Error(`state is ${el.submission?.state} ("${el.submission?.message}"), expected ${state}`);
  }
  await el.updateComplete;
}

/** Runs the shared submitting-element tests against `tag`. */
export function submittingElementSuite(
  tag: string,
  fill: (el: SubmittingElement) => Promise<void>,
  options: SubmittingSuiteOptions,
): void {
  describe(`<${tag}> submitting (shared suite)`, function () {
    this.timeout(30_000);
    const mounted: Element[] = [];
    let recorder: ReturnType<typeof recordEvents>;

    before(() => {
      // Test files run at once on one origin: this suite's outbox is its own.
      // random 1: the first timed retry waits the full 2 s, so the tests decide when retries happen.
      configureOutbox({ dbName: uniqueId(`suite-outbox-${tag}`), minGapMs: 0, random: () => 0.999 });
    });
    beforeEach(() => {
      recorder = recordEvents();
    });
    afterEach(async () => {
      recorder.stop();
      for (const el of mounted.splice(0)) el.remove();
      await getOutbox().clear();
    });

    async function mount(attributes: Record<string, string | undefined>): Promise<SubmittingElement> {
      const el = document.createElement(tag) as SubmittingElement;
      for (const [name, value] of Object.entries({ ...options.attributes, ...attributes })) {
        if (value !== undefined) el.setAttribute(name, value);
      }
      el.setAttribute('no-language-picker', '');
      document.body.append(el);
      mounted.push(el);
      await el.updateComplete;
      await options.setup?.(el);
      await el.updateComplete;
      await fill(el);
      await el.updateComplete;
      await joinedOutbox();
      return el;
    }

    async function submit(el: SubmittingElement): Promise<void> {
      if (options.submit) await options.submit(el);
      else {
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]');
        expect(button, `<${tag}> has no button[type=submit]; pass options.submit`).to.exist;
        button!.click();
      }
    }

    async function mountAtReceiver(extra: Record<string, string> = {}) {
      const formId = uniqueId(tag);
      const el = await mount({ endpoint: `${receiverUrl}/api/submissions`, 'form-id': formId, ...extra });
      return { el, formId };
    }

    it('json: the receiver gets the envelope with Content-Type and Idempotency-Key; the family sees thanks', async () => {
      const { el, formId } = await mountAtReceiver();
      await submit(el);
      await waitForState(el, 'sent');
      const [submitted] = recorder.of('family-submitted');
      expect(submitted, 'family-submitted').to.exist;
      const envelope = submitted!.detail['envelope'] as Envelope;
      expect(submitted!.detail['status']).to.be.within(200, 299);
      expect(envelope.type).to.equal(options.type ?? tag);
      expect(envelope.formId).to.equal(formId);
      expect(envelope.page).to.equal(location.origin + location.pathname);
      const [request] = await receivedRequests(formId);
      expect(request!.headers['content-type']).to.match(/^application\/json/);
      expect(request!.headers['idempotency-key']).to.equal(envelope.id);
      expect(JSON.parse(request!.body)).to.deep.equal(envelope);
      expect(await receiverCounts(formId)).to.include({ count: 1 });
      expect(statusText(el)).to.contain('Thank you');
      // the status box's look came with the pipeline (feedback.styles.ts)
      const box = el.shadowRoot!.querySelector('[part~="status"]')!;
      expect(getComputedStyle(box).borderInlineStartWidth).to.equal('6px');
      await expect(el).to.be.accessible();
    });

    it('defaults: form-id is the tag name, POST, credentials omit, a 15 s timeout', async () => {
      // No form-id: the receiver files it under the tag name, which other tests share, so this one marks its URL.
      const mark = uniqueId('defaults');
      const el = await mount({ endpoint: submissionsUrl(mark), 'form-id': undefined });
      expect([el.method, el.credentials, el.format, el.timeout]).to.deep.equal(['POST', 'omit', 'json', 15_000]);
      await submit(el);
      await waitForState(el, 'sent');
      const envelope = recorder.of('family-submitted')[0]!.detail['envelope'] as Envelope;
      expect(envelope.formId).to.equal(tag);
      const mine = (await receivedRequests(tag)).filter((r) => r.url.includes(mark));
      expect(mine.map((r) => r.method)).to.deep.equal(['POST']);
      expect(JSON.parse(mine[0]!.body)).to.deep.equal(envelope);
    });

    it('form: url-encoded dotted fields plus the whole envelope, and no Idempotency-Key', async () => {
      const { el, formId } = await mountAtReceiver({ format: 'form' });
      await submit(el);
      await waitForState(el, 'sent');
      const envelope = recorder.of('family-submitted')[0]!.detail['envelope'] as Envelope;
      const [request] = await receivedRequests(formId);
      expect(request!.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
      expect(request!.headers['idempotency-key']).to.equal(undefined);
      const body = new URLSearchParams(request!.body);
      expect(body.get('id')).to.equal(envelope.id);
      expect(body.get('formId')).to.equal(formId);
      expect(JSON.parse(body.get('envelope')!)).to.deep.equal(envelope);
      expect(await receiverCounts(formId)).to.include({ count: 1 });
    });

    it('extra headers are sent (a CSRF token)', async () => {
      const { el, formId } = await mountAtReceiver({ headers: '{"X-CSRF-Token":"t-123"}' });
      await submit(el);
      await waitForState(el, 'sent');
      const [request] = await receivedRequests(formId);
      expect(request!.headers['x-csrf-token']).to.equal('t-123');
    });

    it('server field errors are shown at the field and in the summary; family-invalid from the server', async () => {
      const key = uniqueId('422');
      const { path, serverName = path } = options.serverField;
      const el = await mount({
        endpoint: scriptedEndpoint(key, 422, { errors: { [serverName]: 'The school says: check this one.' } }),
        'form-id': uniqueId(tag),
      });
      await submit(el);
      await waitUntil(() => recorder.of('family-invalid').some((e) => e.detail['source'] === 'server'), 'no family-invalid', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(el.submission.state).to.equal('idle');
      const field = el.shadowRoot!.querySelector(`[data-field="${path}"]`);
      expect(field, `[data-field="${path}"]`).to.exist;
      expect(field!.textContent).to.contain('The school says: check this one.');
      const summary = el.shadowRoot!.querySelector('[part~="error-summary"], .error-summary');
      expect(summary, 'error summary').to.exist;
      expect(summary!.textContent).to.contain('The school says: check this one.');
      const [invalid] = recorder.of('family-invalid').filter((e) => e.detail['source'] === 'server');
      expect(invalid!.detail['errors']).to.deep.equal({ [path]: 'The school says: check this one.' });
      expect(await respondedRequests(key)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('403 says it was not allowed, keeps the answers and is not retried; resending unchanged keeps the id', async () => {
      const key = uniqueId('403');
      const el = await mount({ endpoint: scriptedEndpoint(key, 403), 'form-id': uniqueId(tag) });
      await submit(el);
      await waitForState(el, 'error');
      expect(statusText(el)).to.contain('not allowed').and.contain('still here');
      const [error] = recorder.of('family-error');
      expect(error!.detail['kind']).to.equal('http');
      const first = el.submission.lastEnvelope!;
      await getOutbox().process('wake');
      expect(await respondedRequests(key)).to.have.length(1);
      await expect(el).to.be.accessible();
      // Unchanged: the same submission again, same id.
      await submit(el);
      await waitUntil(() => recorder.of('family-error').length === 2, 'no second answer', { timeout: 5000 });
      expect(el.submission.lastEnvelope!.id).to.equal(first.id);
    });

    it('503 goes to the outbox with the honest wording, then is delivered exactly once', async () => {
      const { el, formId } = await mountAtReceiver();
      getOutbox().stop(); // no timed retry: on a busy full run it came before the queued state was read
      await setFaults(formId, { fail503: 1 });
      await submit(el);
      await queuedEvent(recorder);
      const [queued] = recorder.of('family-queued');
      expect(queued!.detail['reason']).to.equal('http-503');
      expect(statusText(el)).to.contain(
        'Saved on this device. It will be sent when this page (or another page with these forms) is open and online.',
      );
      await expect(el).to.be.accessible();
      await getOutbox().process('wake');
      await waitForState(el, 'sent');
      expect(await receiverCounts(formId)).to.deep.equal({ count: 1, attempts: 2 });
      const [submitted] = recorder.of('family-submitted');
      expect((submitted!.detail['envelope'] as Envelope).id).to.equal((queued!.detail['envelope'] as Envelope).id);
      expect(submitted!.target).to.equal(el);
      expect(await getOutbox().entries()).to.have.length(0);
    });

    it('network loss goes to the outbox (offline), then exactly once after recovery', async () => {
      const { el, formId } = await mountAtReceiver();
      await setFaults(formId, { down: true });
      await submit(el);
      await waitForState(el, 'queued');
      expect(recorder.of('family-queued')[0]!.detail['reason']).to.equal('offline');
      await getOutbox().process('wake');
      expect(el.submission.state).to.equal('queued');
      await setFaults(formId, { down: false });
      await Promise.all([getOutbox().process('wake'), getOutbox().process('wake')]);
      await waitForState(el, 'sent');
      expect(await receiverCounts(formId)).to.include({ count: 1 });
    });

    it('an answer lost after the receiver stored it is retried without a duplicate', async () => {
      const { el, formId } = await mountAtReceiver();
      getOutbox().stop(); // no timed retry: the test decides when the answer is tried again
      await setFaults(formId, { dropAfterStore: 1 });
      await submit(el);
      await queuedEvent(recorder);
      await getOutbox().process('wake');
      await waitForState(el, 'sent');
      expect(await receiverCounts(formId)).to.deep.equal({ count: 1, attempts: 2 });
    });

    it('events bubble out of the shadow root with their details', async () => {
      const { el } = await mountAtReceiver();
      await submit(el);
      await waitForState(el, 'sent');
      const types = recorder.events.map((e) => e.type);
      expect(types).to.include.members(['family-submit', 'family-submitted']);
      const [submitEvent] = recorder.of('family-submit');
      expect(submitEvent!.cancelable).to.equal(true);
      expect(submitEvent!.detail['respondWith']).to.be.a('function');
      for (const e of recorder.events) expect(e.bubbles && e.composed, e.type).to.equal(true);
    });

    it('without an endpoint: "not connected yet", the answers kept, family-error config', async () => {
      const el = await mount({ 'form-id': uniqueId(tag) });
      await expect(el).to.be.accessible(); // idle, filled in
      await submit(el);
      await waitForState(el, 'config-error');
      expect(statusText(el)).to.contain('not connected yet');
      const [error] = recorder.of('family-error');
      expect(error!.detail['kind']).to.equal('config');
      expect(String(error!.detail['message'])).to.contain('not connected yet');
      await expect(el).to.be.accessible();
    });

    it('invalid headers JSON is a configuration error', async () => {
      const { el, formId } = await mountAtReceiver({ headers: '{X-CSRF-Token: nope}' });
      await submit(el);
      await waitForState(el, 'config-error');
      expect(statusText(el)).to.contain('not valid JSON');
      expect(await receiverCounts(formId)).to.include({ attempts: 0 });
    });

    it('a page that handles family-submit itself: resolved shows thanks, rejected shows its message', async () => {
      const el = await mount({ 'form-id': uniqueId(tag) });
      let handled: Envelope | undefined;
      const resolve = (e: Event) => {
        const event = e as CustomEvent<{ envelope: Envelope; respondWith(p: Promise<unknown>): void }>;
        event.preventDefault();
        handled = event.detail.envelope;
        event.detail.respondWith(Promise.resolve({ saved: true }));
      };
      el.addEventListener('family-submit', resolve);
      await submit(el);
      await waitForState(el, 'sent');
      expect(handled!.type).to.equal(options.type ?? tag);
      el.removeEventListener('family-submit', resolve);

      const el2 = await mount({ 'form-id': uniqueId(tag) });
      el2.addEventListener('family-submit', (e) => {
        e.preventDefault();
        (e as CustomEvent).detail.respondWith(Promise.reject(new Error('The portal is closed tonight.')));
      });
      await submit(el2);
      await waitForState(el2, 'error');
      expect(statusText(el2)).to.contain('The portal is closed tonight.');
      await expect(el2).to.be.accessible();
    });
  });
}
