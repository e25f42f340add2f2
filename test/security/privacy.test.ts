import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { draftKey } from '../../src/core/form/drafts.js';
import type { Envelope } from '../../src/core/submit/envelope.schema.js';
import { configureOutbox, getOutbox, outboxEntries, type OutboxOptions } from '../../src/core/submit/outbox.js';
import { MAX_AGE_MS } from '../../src/core/submit/retry-policy.js';
import type { SubmittingElement } from '../../src/core/submit/submitting-element.js';
import { recordEvents, statusText, uniqueId, waitForState } from '../core/submit/submitting-element-suite.js';
import { receivedRequests, receiverCounts, receiverUrl, setFaults, storedEnvelopes } from '../receiver.js';
import { catalogCourses, ELEMENTS, mountFilled, surveyDefinition, typeInto } from '../reliability/elements.js';
import { conferences } from '../components/event-rsvp/rsvp-fixtures.js';
import { forgetHosted, hostJson, settled } from './hostile.js';
import {
  mountFilledRemote,
  openRemotePage,
  otherOrigin,
  REMOTE_TAGS,
  submitRemote,
  TYPED_ON_REMOTE,
  type RemotePage,
} from './remote-page-client.js';

/**
 * Privacy (CONTRACT.md §1, §2, §7): what stays on the device expires and can
 * be cleared; what leaves it carries no query string, fragment or anything
 * identifying in an anonymous survey; and nothing leaves except to the URLs
 * the webmaster configured and the library's own files.
 *
 * Clearing "everything on this device" runs on a page of another origin
 * (127.0.0.1 instead of localhost, remote-page.ts): test files running at
 * once share this origin's storage, and their drafts must survive.
 */

const DAY = 86_400_000;
const endpoint = `${receiverUrl}/api/submissions`;
const kind = (tag: string) => ELEMENTS.find((k) => k.tag === tag)!;

describe('privacy: what stays on the device, what leaves it', function () {
  this.timeout(60_000);
  const mounted: Element[] = [];
  const remotes: RemotePage[] = [];
  const outboxOptions: OutboxOptions = { dbName: uniqueId('privacy-outbox'), minGapMs: 0, random: () => 0.999 };

  before(() => configureOutbox(outboxOptions));
  afterEach(async () => {
    for (const el of mounted.splice(0)) el.remove();
    for (const remote of remotes.splice(0)) remote.close();
    await getOutbox().clear();
    await forgetHosted();
  });

  async function remote(query: Record<string, string> = {}, hash = ''): Promise<RemotePage> {
    const page = await openRemotePage(otherOrigin('127.0.0.1'), query, hash);
    remotes.push(page);
    return page;
  }

  describe('drafts expire after 30 days', () => {
    /** A survey draft as the element keeps it, saved `age` ms ago. */
    function storeDraft(formId: string, answer: string, age: number): string {
      const key = draftKey([formId, endpoint, surveyDefinition.id]);
      const value = { answers: { q1: answer }, other: {}, badInput: [], page: 0 };
      localStorage.setItem(key, JSON.stringify({ savedAt: new Date(Date.now() - age).toISOString(), value }));
      return key;
    }

    async function openSurvey(formId: string): Promise<SubmittingElement> {
      const el = document.createElement('family-survey') as SubmittingElement & { definition: unknown };
      el.setAttribute('form-id', formId);
      el.setAttribute('endpoint', endpoint);
      el.setAttribute('no-language-picker', '');
      el.definition = surveyDefinition;
      document.body.append(el);
      mounted.push(el);
      await el.updateComplete;
      return el;
    }
    const answerOn = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('[data-field="answers.q1"] input')!.value;

    it('a draft saved 31 days ago is not shown and is removed from the device', async () => {
      const formId = uniqueId('old-draft');
      const key = storeDraft(formId, 'Answers from last month', 31 * DAY);
      const el = await openSurvey(formId);
      expect(answerOn(el)).to.equal('');
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('(control) a draft saved 29 days ago comes back', async () => {
      const formId = uniqueId('recent-draft');
      const key = storeDraft(formId, 'Answers from this month', 29 * DAY);
      const el = await openSurvey(formId);
      expect(answerOn(el)).to.equal('Answers from this month');
      localStorage.removeItem(key);
    });
  });

  describe('outbox entries expire after 7 days', () => {
    /**
     * Queues one tip submission (receiver down), then back-dates its entry by
     * `age`; the receiver is up again. `triesWhileDown` counts what reached the
     * receiver meanwhile: a wake-up asked for as the tip's form joined the
     * outbox may have tried the entry once more before the test stopped it.
     */
    async function queuedEntry(age: number): Promise<{ el: SubmittingElement; formId: string; triesWhileDown: number }> {
      const formId = uniqueId('aged-entry');
      await setFaults(formId, { down: true });
      const el = await mountFilled(kind('family-homework-tip'), { endpoint, 'form-id': formId }, mounted);
      kind('family-homework-tip').submit(el);
      await waitForState(el, 'queued');
      // No timed retry while the entry is rewritten: the test decides when it is tried.
      getOutbox().stop();
      await getOutbox().process('due'); // waits for a pass already under way; the fresh entry is not due
      const [entry] = (await outboxEntries()).filter((e) => e.formId === formId);
      await getOutbox().add({ ...entry!, createdAt: Date.now() - age });
      const { count, attempts } = await receiverCounts(formId);
      expect(count).to.equal(0);
      await setFaults(formId, { down: false });
      return { el, formId, triesWhileDown: attempts };
    }

    it('an entry made 7 days ago leaves without being sent; the family is told', async () => {
      const { el, formId, triesWhileDown } = await queuedEntry(MAX_AGE_MS + 60_000);
      const recorder = recordEvents(); // what the expired entry's removal tells the page
      try {
        await getOutbox().process('wake');
        expect(await outboxEntries()).to.have.length(0);
        expect(await receiverCounts(formId)).to.deep.equal({ count: 0, attempts: triesWhileDown });
        const errors = recorder.of('family-error').filter((e) => e.target === el);
        expect(errors.map((e) => e.detail['kind'])).to.deep.equal(['expired']);
        await el.updateComplete;
        expect(statusText(el)).to.contain('could not be sent within 7 days and were removed from this device');
      } finally {
        recorder.stop();
      }
    });

    it('(control) an entry made 6 days ago is still sent, once', async () => {
      const { el, formId, triesWhileDown } = await queuedEntry(6 * DAY);
      await getOutbox().process('wake');
      await waitForState(el, 'sent');
      expect(await receiverCounts(formId)).to.deep.equal({ count: 1, attempts: triesWhileDown + 1 });
      expect(await outboxEntries()).to.have.length(0);
    });
  });

  it('FamilyElements.clearLocalData() removes drafts, the outbox and the remembered language; a reload brings nothing back', async () => {
    const page = await remote();
    const surveyForm = uniqueId('clear-survey');
    const tipForm = uniqueId('clear-tip');
    await setFaults(tipForm, { down: true });

    const answer = '[data-field="answers.q1"] input';
    await mountFilledRemote(page, 'family-survey', { 'form-id': surveyForm, endpoint, 'no-draft': null }); // drafts on
    await page.call('setLocale', 'es');
    const tip = await mountFilledRemote(page, 'family-homework-tip', { 'form-id': tipForm, endpoint });
    await submitRemote(page, tip);
    await page.call('waitState', tip, 'queued');

    // (control) without clearing, a reload brings the answers and the language back
    await page.reload();
    let s = await page.call<number>('mount', 'family-survey', { 'form-id': surveyForm, endpoint }, { definition: surveyDefinition });
    expect(await page.call('value', s, answer)).to.equal(TYPED_ON_REMOTE);
    const before = await page.call<{ keys: string[]; outbox: number; locale: string }>('storage');
    expect(before.keys.some((k) => k.startsWith('family-elements:draft:'))).to.equal(true);
    expect(before.keys).to.include('family-elements:locale');
    expect(before.outbox).to.equal(1);
    expect(before.locale).to.equal('es');

    await page.call('clearLocalData');
    // this page stays in the language it shows until the family leaves it; nothing is kept
    expect(await page.call('storage')).to.deep.equal({ keys: [], outbox: 0, locale: 'es' });

    await page.reload();
    s = await page.call<number>('mount', 'family-survey', { 'form-id': surveyForm, endpoint }, { definition: surveyDefinition });
    expect(await page.call('value', s, answer)).to.equal('');
    expect(await page.call('storage')).to.deep.equal({ keys: [], outbox: 0, locale: 'en' });
    expect(page.errors).to.deep.equal([]);
  });

  it('the envelope’s page is origin + path: no query string or fragment reaches the receiver, in either format', async () => {
    const page = await remote({ token: 'secret-token', family: 'ana-perez' }, '#frag-secret');
    const forms: string[] = [];
    for (const [i, tag] of REMOTE_TAGS.entries()) {
      const formId = uniqueId(`page-${tag}`);
      forms.push(formId);
      const el = await mountFilledRemote(page, tag, { 'form-id': formId, endpoint, format: i % 2 ? 'form' : 'json' });
      await submitRemote(page, el);
      await page.call('waitState', el, 'sent');
    }
    const address = `${page.origin}/test/security/remote-page.html`;
    for (const formId of forms) {
      const [stored] = await storedEnvelopes(formId);
      expect(stored?.['page'], formId).to.equal(address);
      for (const request of await receivedRequests(formId)) {
        const everything = JSON.stringify(request);
        expect(everything, `${formId}: what the receiver got`).to.not.match(/secret|ana-perez/);
        expect(request.headers['referer'] ?? `${page.origin}/`, 'Referer').to.equal(`${page.origin}/`);
      }
    }
  });

  it('an anonymous survey sends nothing that identifies the family, and turns off autofill of identifying fields', async () => {
    const page = await remote({ family: 'ana-perez' });
    const formId = uniqueId('anonymous');
    const definition = {
      id: 'anonymous-survey',
      anonymous: true,
      questions: [
        { id: 'q1', type: 'text', text: 'What would help your family?' },
        { id: 'contact', type: 'email', text: 'Email, if you want an answer' },
        { id: 'phone', type: 'phone', text: 'Phone' },
      ],
    };
    const envelopes: Envelope[] = [];
    for (const answer of ['More evening events.', 'Childcare during meetings.']) {
      const s = await page.call<number>('mount', 'family-survey', { 'form-id': formId, endpoint, 'no-language-picker': '' }, { definition });
      expect(await page.call('attribute', s, '[data-field="answers.contact"] input', 'autocomplete')).to.equal('off');
      expect(await page.call('attribute', s, '[data-field="answers.phone"] input', 'autocomplete')).to.equal('off');
      await page.call('type', s, '[data-field="answers.q1"] input', answer);
      await submitRemote(page, s);
      await page.call('waitState', s, 'sent');
      await page.call('unmount');
    }
    envelopes.push(...((await storedEnvelopes(formId)) as unknown as Envelope[]));
    expect(envelopes).to.have.length(2);
    const [first, second] = envelopes as [Envelope, Envelope];
    for (const e of envelopes) {
      expect(Object.keys(e).sort()).to.deep.equal(['data', 'formId', 'id', 'locale', 'page', 'schemaVersion', 'submittedAt', 'type']);
      expect(Object.keys(e.data as object).sort()).to.deep.equal(['answers', 'surveyId']);
      expect(e.page).to.equal(`${page.origin}/test/security/remote-page.html`);
      expect(e.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect((first.data as { answers: object }).answers).to.deep.equal({ q1: 'More evening events.' });
    // two submissions from one device share nothing a receiver could link them by
    expect(first.id).to.not.equal(second.id);
    for (const request of await receivedRequests(formId)) {
      expect(request.headers['cookie'], 'cookie').to.equal(undefined);
      expect(request.headers['authorization'], 'authorization').to.equal(undefined);
      expect(JSON.stringify(request)).to.not.contain('ana-perez');
    }
  });

  it('a page with all five elements, filled and sent, requests only the configured URLs and the library’s own files', async () => {
    // the built library (dist/), on a page with no CSP that would block a stray request before it is seen
    const run = uniqueId('requests');
    const sources = {
      'family-survey': await hostJson(JSON.stringify(surveyDefinition)),
      'family-event-rsvp': await hostJson(JSON.stringify(conferences)),
      'family-contact-preferences': await hostJson(
        JSON.stringify({ channels: ['paper'], language: 'es', interpreter: false, times: [], topics: ['emergencies'], frequency: 'daily' }),
      ),
      'family-homework-tip': new URL('/samples/tips/math.json', location.href).href,
      'family-course-catalog': await hostJson(JSON.stringify(catalogCourses)),
    };
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/security/all-five.html?lang=es';
    document.body.append(frame);
    mounted.push(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & { __requests: { how: string; url: string }[] };
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('family-survey');

    const ready: Record<string, string> = {
      'family-survey': 'form',
      'family-event-rsvp': '[part="title"]',
      'family-contact-preferences': 'form',
      'family-homework-tip': '#helpful-yes',
      'family-course-catalog': '[part~="card"]',
    };
    const elements = await Promise.all(
      Object.entries(sources).map(async ([tag, src]) => {
        const el = doc.createElement(tag) as SubmittingElement;
        el.setAttribute('src', src);
        el.setAttribute('endpoint', endpoint);
        el.setAttribute('form-id', `${run}-${tag}`);
        doc.body.append(el);
        await settled(el, ready[tag]!);
        return el;
      }),
    );
    const root = (el: Element) => el.shadowRoot!;
    for (const el of elements) {
      if (el.localName === 'family-event-rsvp') {
        // the page is in Spanish: by control, not by label
        root(el).querySelector<HTMLInputElement>('input[type="radio"][value="yes"]')!.click();
        await el.updateComplete;
        root(el).querySelector<HTMLInputElement>('#slot-1')!.click();
        await el.updateComplete;
        typeInto(root(el).querySelector<HTMLInputElement>('#name')!, 'Ana Pérez');
        typeInto(root(el).querySelector<HTMLInputElement>('#email')!, 'ana@example.org');
      } else {
        await kind(el.localName).fill(el);
      }
      await el.updateComplete;
      kind(el.localName).submit(el);
    }
    await Promise.all(elements.map((el) => waitForState(el, 'sent')));
    expect(win.FamilyElements!.getLocale()).to.equal('es');

    const page = new URL(frame.src, location.href);
    // web-test-runner's dev server adds its own web-socket script to every HTML page it serves
    const devServer = (url: URL) => url.origin === page.origin && url.pathname === '/__web-dev-server__web-socket.js';
    const allowed = (url: URL) =>
      devServer(url) ||
      url.href === endpoint ||
      Object.values(sources).includes(url.href) ||
      (url.origin === page.origin && (url.pathname.startsWith('/dist/') || url.pathname === '/test/security/request-recorder.js'));
    const requests = win.__requests.map((r) => ({ ...r, url: new URL(r.url) }));
    const stray = requests.filter((r) => !allowed(r.url)).map((r) => `${r.how} ${r.url.href}`);
    expect(stray, 'requests to anything but the configured URLs and dist/').to.deep.equal([]);
    // the recorder saw what it should: every configured URL, and a lazily loaded locale file
    for (const src of Object.values(sources)) expect(requests.some((r) => r.url.href === src), src).to.equal(true);
    expect(requests.some((r) => r.url.href === endpoint)).to.equal(true);
    expect(requests.some((r) => r.url.pathname.startsWith('/dist/locales/es'))).to.equal(true);
    for (const el of elements) {
      const requestsForForm = await receivedRequests(`${run}-${el.localName}`);
      expect(requestsForForm.map((r) => `${r.method} ${r.url}`), el.localName).to.deep.equal(['POST /api/submissions']);
    }
  });
});
