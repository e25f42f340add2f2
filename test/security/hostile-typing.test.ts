import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import fc from 'fast-check';
import { parsePhone } from '../../src/components/contact-preferences/phone.js';
import { usPhoneToE164 } from '../../src/components/event-rsvp/us-phone.js';
import { validateQuestions } from '../../src/components/survey/question-errors.js';
import type { Question } from '../../src/components/survey/survey.schema.js';
import { configureOutbox, getOutbox, type OutboxOptions } from '../../src/core/submit/outbox.js';
import type { SubmittingElement } from '../../src/core/submit/submitting-element.js';
import { uniqueId } from '../core/submit/submitting-element-suite.js';
import { receiverCounts, receiverUrl, storedEnvelopes } from '../receiver.js';
import { ELEMENTS, mountFilled, typeInto } from '../reliability/elements.js';
import { HUGE, MARKUP, MEGABYTE, RTL_SPOOF, watchPage } from './hostile.js';

/**
 * Hostile text typed (or pasted) by whoever sits at the keyboard, into every
 * text control of every element: nothing runs, nothing is injected, nothing
 * throws, a 1 MB paste meets a limit with a clear message instead of a hang,
 * and arbitrary text in a free-text field reaches the receiver exactly as typed.
 */

const endpoint = `${receiverUrl}/api/submissions`;
const kindOf = (tag: string) => ELEMENTS.find((k) => k.tag === tag)!;
const root = (el: Element) => el.shadowRoot!;
type Control = HTMLInputElement | HTMLTextAreaElement;

/** A survey with a control of every text-like question type. */
const everyTextSurvey = {
  id: 'hostile-typing-survey',
  questions: [
    { id: 'q1', type: 'text', text: 'What would help your family?', required: true },
    { id: 'q2', type: 'text', text: 'Anything else?', multiline: true },
    { id: 'q3', type: 'single', text: 'How did you hear about it?', options: [{ value: 'flyer', label: 'A flyer' }], other: true },
    { id: 'q4', type: 'email', text: 'Email' },
    { id: 'q5', type: 'phone', text: 'Phone' },
    { id: 'q6', type: 'number', text: 'How many children?' },
  ],
};

/** Opens what hides further text controls: "Other" choices, SMS, childcare, another language. */
async function revealEveryControl(el: SubmittingElement): Promise<void> {
  const click = (selector: string) => root(el).querySelector<HTMLInputElement>(selector)?.click();
  const choose = (selector: string, value: string) => {
    const select = root(el).querySelector<HTMLSelectElement>(selector);
    if (!select) return;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
  switch (el.localName) {
    case 'family-survey':
      click('[data-field="answers.q3"] input[value="other"]');
      break;
    case 'family-contact-preferences':
      click('#channel-sms');
      click('#language-other');
      break;
    case 'family-event-rsvp':
      click('[data-field="childcare"] input[type="checkbox"], #childcare');
      choose('#interpretation', 'other');
      break;
    case 'family-course-catalog':
      click('#reg-childcare');
      choose('#reg-language', 'other');
      break;
  }
  await el.updateComplete;
}

/** The text controls each element shows once everything is revealed (the test types into all it finds). */
const EVERY_CONTROL: Record<string, string[]> = {
  'family-survey': ['q-q1-input', 'q-q2-input', 'q-q3-other-text', 'q-q4-input', 'q-q5-input', 'q-q6-input'],
  'family-event-rsvp': ['adults', 'children', 'childcare-ages', 'language-other', 'meal', 'accessibility', 'name', 'email', 'phone'],
  'family-contact-preferences': ['phone', 'email', 'language-filter', 'language-other-text'],
  'family-homework-tip': ['comment', 'question'],
  'family-course-catalog': ['search', 'reg-name', 'reg-email', 'reg-phone', 'reg-attendees', 'reg-languageOther'],
};

/** Mounts a filled element of `tag` with the most text controls it can show. */
async function mountEveryControl(tag: string, formId: string, mounted: Element[]): Promise<SubmittingElement> {
  const attributes: Record<string, string> = { endpoint, 'form-id': formId };
  if (tag === 'family-event-rsvp') attributes['ask'] = 'guests childcare interpretation meal accessibility transportation';
  const el = await mountFilled(kindOf(tag), attributes, mounted);
  if (tag === 'family-survey') {
    (el as SubmittingElement & { definition: unknown }).definition = everyTextSurvey;
    await el.updateComplete;
    typeInto(root(el).querySelector<HTMLInputElement>('[data-field="answers.q1"] input')!, 'More evening events.');
  }
  await revealEveryControl(el);
  return el;
}

/** Every control a family types into (not the honeypot, which no person sees). */
function textControls(el: Element): Control[] {
  const types = ['text', 'email', 'tel', 'search', 'url', 'number'];
  return [...root(el).querySelectorAll<Control>('input, textarea')].filter(
    (c) => !c.closest('[data-honeypot]') && !c.disabled && (c.localName === 'textarea' || types.includes((c as HTMLInputElement).type)),
  );
}

/**
 * Pastes like a person (the browser's own text insertion: `maxlength` applies,
 * `beforeinput` and `input` fire), unlike `typeInto`, which sets the value the
 * way autofill or a script can.
 */
function paste(control: Control, text: string): void {
  control.focus();
  control.select();
  document.execCommand('insertText', false, text);
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  control.blur();
}

/** Controls whose text is never sent (search and filter boxes): no payload limit applies. */
const NOT_SENT = ['#search', '#language-filter'];

/** Sends every form the element shows (a tip has two). */
async function submitEverything(el: SubmittingElement): Promise<void> {
  for (const button of root(el).querySelectorAll<HTMLButtonElement>('button[type="submit"]')) {
    button.click();
    await el.updateComplete;
  }
}

/**
 * Waits until the element is done with a submit (its checks may load first): sent, or
 * stopped with a message the family can read (field errors, or the status box).
 */
async function outcome(el: SubmittingElement): Promise<'sent' | 'refused'> {
  const settledStates = ['sent', 'waitlisted', 'queued', 'error', 'config-error'];
  await waitUntil(
    () => settledStates.includes(el.submission.state) || (el.submission.state === 'idle' && Object.keys(el.form.visibleErrors).length > 0),
    `<${el.localName}> neither sent nor showed a problem`,
    { timeout: 10_000 },
  );
  await el.updateComplete;
  if (el.submission.state === 'sent') return 'sent';
  const shown = (selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent ?? '').join('').trim();
  expect(shown('[part~="error-summary"]') || shown('[part~="status"]'), `<${el.localName}> refused without a message`).to.not.equal('');
  return 'refused';
}

describe('hostile typing: every text control of every element', function () {
  this.timeout(60_000);
  const mounted: Element[] = [];
  const outboxOptions: OutboxOptions = { dbName: uniqueId('typing-outbox'), minGapMs: 0, random: () => 0.999 };
  let page: ReturnType<typeof watchPage>;

  before(() => configureOutbox(outboxOptions));
  beforeEach(() => (page = watchPage()));
  afterEach(async () => {
    page.stop();
    for (const el of mounted.splice(0)) el.remove();
    delete window.__pwned;
    await getOutbox().clear();
  });

  for (const { tag } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('markup, code and a right-to-left override in every text control: never run or injected, and the element answers', async () => {
        const corpus = [...MARKUP, RTL_SPOOF];
        for (let round = 0; round < 2; round++) {
          const el = await mountEveryControl(tag, uniqueId(`markup-${tag}`), mounted);
          const controls = textControls(el);
          expect(controls.map((c) => c.id)).to.include.members(EVERY_CONTROL[tag]!);
          controls.forEach((c, i) => typeInto(c, corpus[(i + round * 5) % corpus.length]!));
          await el.updateComplete;
          await submitEverything(el);
          await outcome(el);
          page.check(mounted);
        }
      });

      for (const huge of HUGE) {
        it(`1 MB pasted into every text control (${huge.name}): cut to the field's limit, no hang`, async () => {
          const formId = uniqueId(`huge-${tag}`);
          const el = await mountEveryControl(tag, formId, mounted);
          const started = performance.now();
          for (const c of textControls(el)) {
            paste(c, huge.value);
            await el.updateComplete;
            // a number input keeps only a valid number (maxlength does not apply); search boxes send nothing
            if (c.type === 'number' || NOT_SENT.some((s) => c.matches(s))) continue;
            // what is sent has a limit in the payload schema, and the browser keeps a paste to it
            expect(c.maxLength, `#${c.id} has a maxlength`).to.be.greaterThan(0);
            expect(c.value.length, `#${c.id}`).to.be.at.most(c.maxLength);
          }
          await submitEverything(el);
          await outcome(el);
          expect(performance.now() - started, 'ms from paste to an answer').to.be.below(10_000);
          page.check(mounted);
        });
      }
    });
  }

  /** One free-text field per element, where any text is a valid answer: where it goes in `data`. */
  const FREE_TEXT: { tag: string; selector: string; path: string; before?: string; limit: number }[] = [
    { tag: 'family-survey', selector: '[data-field="answers.q1"] input', path: 'answers.q1', limit: 2000 },
    { tag: 'family-homework-tip', selector: '#comment', path: 'comment', limit: 2000 },
    { tag: 'family-event-rsvp', selector: '#name', path: 'name', limit: 200 },
    { tag: 'family-course-catalog', selector: '#reg-name', path: 'name', limit: 200 },
    { tag: 'family-contact-preferences', selector: '#language-other-text', path: 'languageOther', before: '#language-other', limit: 100 },
  ];

  const valueAt = (data: unknown, path: string) =>
    path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);

  /** Any text a keyboard or a paste can produce (no lone surrogates), and the hostile corpus. */
  const typed = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({
      unit: fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c)),
      minLength: 1,
      maxLength: 40,
    }),
    fc.constantFrom(...MARKUP.filter((m) => m.length <= 100), RTL_SPOOF),
  );

  for (const field of FREE_TEXT) {
    it(`<${field.tag}> property: arbitrary text in ${field.path} reaches the receiver as typed, or is refused with a message at the field`, async () => {
      await fc.assert(
        fc.asyncProperty(typed, async (text) => {
          const formId = uniqueId(`typed-${field.tag}`);
          const el = await mountFilled(kindOf(field.tag), { endpoint, 'form-id': formId }, mounted);
          if (field.before) {
            root(el).querySelector<HTMLInputElement>(field.before)!.click();
            await el.updateComplete;
          }
          const control = root(el).querySelector<Control>(field.selector)!;
          typeInto(control, text);
          await el.updateComplete;
          kindOf(field.tag).submit(el);
          const value = control.value; // as the browser keeps it (a one-line input drops line breaks)
          if ((await outcome(el)) === 'sent') {
            const [envelope] = await storedEnvelopes(formId);
            const stored = valueAt(envelope?.['data'], field.path);
            if (value.trim()) expect([value, value.trim()], `sent ${JSON.stringify(text)}`).to.include(stored);
            else expect(stored, 'blank text is not sent').to.equal(undefined);
          } else {
            // only blank text, or text over the field's limit, is refused
            expect(value.trim() === '' || value.trim().length > field.limit, `refused ${JSON.stringify(text)}`).to.equal(true);
            expect(el.form.errorFor(field.path), 'a message at the field').to.be.a('string');
          }
          page.check(mounted);
          el.remove();
        }),
        { seed: 20261130, numRuns: 6 },
      );
    });

    it(`<${field.tag}> 1 MB of text set into ${field.path} (autofill, a script): a message at the field, nothing sent`, async () => {
      const formId = uniqueId(`limit-${field.tag}`);
      const el = await mountFilled(kindOf(field.tag), { endpoint, 'form-id': formId }, mounted);
      if (field.before) {
        root(el).querySelector<HTMLInputElement>(field.before)!.click();
        await el.updateComplete;
      }
      typeInto(root(el).querySelector<Control>(field.selector)!, 'Lorem ipsum dolor sit amet. '.repeat(MEGABYTE / 28));
      await el.updateComplete;
      kindOf(field.tag).submit(el);
      expect(await outcome(el)).to.equal('refused');
      const message = el.form.errorFor(field.path);
      expect(message, 'a message at the field').to.be.a('string');
      expect(root(el).querySelector('[part~="error-summary"]')?.textContent, 'in the error summary').to.contain(message);
      expect((await receiverCounts(formId)).attempts).to.equal(0);
      page.check(mounted);
    });
  }
});

describe('validators given 1 MB shaped against their own patterns answer at once', () => {
  // Autofill, an extension or a script can put text past a field's maxlength: the checks
  // behind the fields must not backtrack on it (these patterns hung the tab before).
  for (const huge of HUGE) {
    it(`${huge.name}: phone numbers (RSVP, preferences, catalog) and survey email and phone answers`, () => {
      const started = performance.now();
      expect(usPhoneToE164(huge.value)).to.equal(null);
      expect(parsePhone(huge.value).ok).to.equal(false);
      const questions = [
        { id: 'e', type: 'email', text: 'Email' },
        { id: 'p', type: 'phone', text: 'Phone' },
      ] as Question[];
      const errors = validateQuestions(questions, { answers: { e: huge.value, p: huge.value }, other: {}, badInput: [] }, (t) => String(t), 'en');
      expect(Object.keys(errors).sort()).to.deep.equal(['answers.e', 'answers.p']);
      expect(performance.now() - started, 'ms').to.be.below(2000);
    });
  }
});
