import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/homework-tip/family-homework-tip.js';
import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { configureOutbox } from '../../../src/core/submit/outbox.js';
import type { SubmittingElement } from '../../../src/core/submit/submitting-element.js';
import { focusField, leaveField } from '../../focus-events.js';
import { storedEnvelopes, submissionsUrl } from '../../receiver.js';
import {
  recordEvents,
  statusText,
  submittingElementSuite,
  uniqueId,
  waitForState,
} from '../../core/submit/submitting-element-suite.js';
import { bilingualTip, recordFetches, shadow, textOf } from './tip-fixtures.js';
import '../../axe.js';

/** The family's part: choose an answer, type, press a button — as a person would. */
function choose(el: FamilyHomeworkTip, answer: 'yes' | 'no'): void {
  shadow(el).querySelector<HTMLInputElement>(`#helpful-${answer}`)!.click();
}
function type(el: FamilyHomeworkTip, id: 'comment' | 'question', text: string): void {
  const area = shadow(el).querySelector<HTMLTextAreaElement>(`#${id}`)!;
  // focus events also in a background tab (test/focus-events.ts): errors show once a changed field is left
  focusField(area);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  leaveField(area);
}
function press(el: FamilyHomeworkTip, form: 'feedback' | 'question'): void {
  shadow(el).querySelector<HTMLButtonElement>(`[part="${form}-form"] button[type="submit"]`)!.click();
}

async function mountAtReceiver(): Promise<{ el: FamilyHomeworkTip; formId: string }> {
  const formId = uniqueId('tip');
  const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip
    .tip=${bilingualTip}
    endpoint=${submissionsUrl(formId)}
    form-id=${formId}
    no-language-picker
  ></family-homework-tip>`);
  return { el, formId };
}

describe('<family-homework-tip> feedback and questions', function () {
  this.timeout(20_000);
  before(async () => {
    // This file's outbox is its own: test files run at once on one origin.
    configureOutbox({ dbName: uniqueId('tip-outbox'), minGapMs: 0 });
    await setLocale('en', { remember: false });
  });
  afterEach(() => setLocale('en', { remember: false }));

  it('sends "Was this helpful?" with a comment to the endpoint, then thanks the family', async () => {
    const { el, formId } = await mountAtReceiver();
    const root = shadow(el);
    expect(textOf(root.querySelector('[part="feedback-form"] legend'))).to.contain('Was this tip helpful?');
    await expect(el).to.be.accessible();
    choose(el, 'yes');
    type(el, 'comment', '  We did it at dinner. ¡Gracias!  ');
    press(el, 'feedback');
    await waitForState(el, 'sent');

    const [envelope] = await storedEnvelopes(formId);
    expect(envelope!['type']).to.equal('family-homework-tip');
    expect(envelope!['formId']).to.equal(formId);
    expect(envelope!['data']).to.deep.equal({
      tipId: 'fractions-pizza',
      helpful: true,
      comment: 'We did it at dinner. ¡Gracias!',
    });
    expect(statusText(el)).to.contain('Thank you');
    // the feedback form gives way to a thank-you line; the question form stays
    expect(root.querySelector('[part="feedback-form"]')).to.equal(null);
    expect(textOf(root.querySelector('.feedback-done'))).to.equal('Thank you for telling us.');
    expect(root.querySelector('[part="question-form"]')).to.exist;
    await expect(el).to.be.accessible();

    // another tip on the same card asks again
    el.tip = { ...bilingualTip, id: 'next-week' };
    await el.updateComplete;
    expect(root.querySelector('[part="feedback-form"]')).to.exist;
    expect(root.querySelector<HTMLInputElement>('#helpful-yes')!.checked).to.equal(false);
    expect(statusText(el)).to.equal('');
  });

  it('sends "no" without an empty comment', async () => {
    const { el, formId } = await mountAtReceiver();
    choose(el, 'no');
    press(el, 'feedback');
    await waitForState(el, 'sent');
    const [envelope] = await storedEnvelopes(formId);
    expect(envelope!['data']).to.deep.equal({ tipId: 'fractions-pizza', helpful: false });
  });

  it('sends a question for the teacher, then clears the box for another one', async () => {
    const { el, formId } = await mountAtReceiver();
    const root = shadow(el);
    expect(textOf(root.querySelector('[part="question-form"] label'))).to.equal('Ask the teacher a question');
    type(el, 'question', 'Can she use a calculator?');
    press(el, 'question');
    await waitForState(el, 'sent');
    const [envelope] = await storedEnvelopes(formId);
    expect(envelope!['data']).to.deep.equal({ tipId: 'fractions-pizza', question: 'Can she use a calculator?' });
    expect(root.querySelector<HTMLTextAreaElement>('#question')!.value).to.equal('');
    // feedback was not sent: it is still offered
    expect(root.querySelector('[part="feedback-form"]')).to.exist;

    // The element's own answer says when the second question is through (the state is
    // already "sent" from the first, so there is no state to wait for).
    const outcome = new Promise<string>((resolve) => {
      for (const name of ['family-submitted', 'family-queued', 'family-error', 'family-invalid']) {
        el.addEventListener(name, () => resolve(name), { once: true });
      }
    });
    type(el, 'question', '¿Y mañana?');
    press(el, 'question');
    expect(await outcome).to.equal('family-submitted');
    const envelopes = await storedEnvelopes(formId);
    expect(envelopes).to.have.length(2);
    const second = envelopes[1]!;
    expect(second['data']).to.deep.equal({ tipId: 'fractions-pizza', question: '¿Y mañana?' });
    expect(second['id']).to.not.equal(envelope!['id']);
  });

  it('tells the page about each change with family-change: the changed form\'s data as it stands', async () => {
    const { el } = await mountAtReceiver();
    const changes: { value: unknown; bubbles: boolean; composed: boolean }[] = [];
    const listener = (e: Event) =>
      changes.push({ value: (e as CustomEvent<{ value: unknown }>).detail.value, bubbles: e.bubbles, composed: e.composed });
    document.addEventListener('family-change', listener);
    try {
      type(el, 'comment', ' At dinner ');
      choose(el, 'no');
      type(el, 'question', 'Can she use a calculator?');
    } finally {
      document.removeEventListener('family-change', listener);
    }
    expect(changes.map((c) => c.value)).to.deep.equal([
      { tipId: 'fractions-pizza', comment: 'At dinner' },
      { tipId: 'fractions-pizza', helpful: false, comment: 'At dinner' },
      { tipId: 'fractions-pizza', question: 'Can she use a calculator?' },
    ]);
    expect(changes.every((c) => c.bubbles && c.composed)).to.equal(true);
  });

  it('validates only the form being sent, with the error summary taking focus; nothing is sent', async () => {
    const { el, formId } = await mountAtReceiver();
    const events = recordEvents();
    try {
      const root = shadow(el);
      press(el, 'feedback');
      await el.updateComplete;
      await el.updateComplete;
      const summary = root.querySelector<HTMLElement>('[part="error-summary"]')!;
      expect(textOf(summary)).to.contain('Choose yes or no.');
      // the empty question box is not the feedback form's problem
      expect(textOf(summary)).to.not.contain('question');
      expect(root.activeElement).to.equal(summary);
      expect(textOf(root.querySelector('[data-field="helpful"]'))).to.contain('Choose yes or no.');
      const [invalidEvent] = events.of('family-invalid');
      expect(invalidEvent!.detail['errors']).to.deep.equal({ helpful: 'Choose yes or no.' });
      await expect(el).to.be.accessible();

      // the link in the summary moves focus to the group's first choice
      summary.querySelector('a')!.click();
      expect(root.activeElement).to.equal(root.querySelector('#helpful-yes'));

      press(el, 'question');
      await el.updateComplete;
      const question = root.querySelector('#question')!;
      expect(question.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(root.querySelector('[data-field="question"]'))).to.contain('Write your question for the teacher.');
      expect(question.getAttribute('aria-describedby')).to.contain('question-hint');

      // a blank question is no question
      type(el, 'question', '    ');
      press(el, 'question');
      await el.updateComplete;
      expect(textOf(root.querySelector('[data-field="question"]'))).to.contain('Write your question for the teacher.');

      await new Promise((r) => setTimeout(r, 100));
      expect(events.of('family-submit')).to.have.length(0);
      expect(await storedEnvelopes(formId)).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('refuses a comment over 2,000 characters at the field', async () => {
    const { el } = await mountAtReceiver();
    choose(el, 'yes');
    type(el, 'comment', 'x'.repeat(2001));
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[data-field="comment"]'))).to.contain('2,000 characters or fewer');
    press(el, 'feedback');
    await el.updateComplete;
    expect(el.submission?.state).to.equal('idle');
  });

  it('sends through a .transport without an endpoint (a portal with its own client)', async () => {
    const formId = uniqueId('tip-transport');
    const seen: string[] = [];
    const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip
      tip-id="transported"
      subject="Math"
      tip-title="Coins"
      form-id=${formId}
      no-language-picker
      .transport=${async (request: Request) => {
        seen.push(request.headers.get('Authorization') ?? '');
        // the portal's client forwards it, with its own credentials, to the real receiver
        const headers = new Headers(request.headers);
        return fetch(submissionsUrl(formId), { method: request.method, headers, body: await request.text() });
      }}
    ></family-homework-tip>`);
    expect(shadow(el).querySelector('[part="feedback-form"]')).to.exist;
    choose(el, 'yes');
    press(el, 'feedback');
    await waitForState(el, 'sent');
    const [envelope] = await storedEnvelopes(formId);
    expect(envelope!['data']).to.deep.equal({ tipId: 'transported', helpful: true });
  });

  it('without an endpoint or a transport is a display card: no form, no request', async () => {
    const fetches = recordFetches();
    try {
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      expect(shadow(el).querySelector('form, textarea, [part="status"]')).to.equal(null);
      await new Promise((r) => setTimeout(r, 100));
      expect(fetches.urls).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('lays out the forms right to left in Arabic', async () => {
    await setLocale('ar', { remember: false });
    const { el } = await mountAtReceiver();
    expect(shadow(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(shadow(el).querySelector('#question')!.getAttribute('dir')).to.equal('auto');
    press(el, 'feedback');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

submittingElementSuite(
  'family-homework-tip',
  async (el: SubmittingElement) => {
    el.shadowRoot!.querySelector<HTMLInputElement>('#helpful-yes')!.click();
  },
  {
    attributes: { 'tip-id': 'suite-tip', subject: 'Math', 'tip-title': 'Count the coins' },
    // The tip shows its forms only when connected; an empty endpoint shows them
    // with the "not connected yet" configuration error the suite expects.
    setup: (el) => {
      if (!el.hasAttribute('endpoint')) el.setAttribute('endpoint', '');
    },
    serverField: { path: 'helpful' },
  },
);
