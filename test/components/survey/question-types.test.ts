import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { storedEnvelopes, submissionsUrl } from '../../receiver.js';
import {
  $,
  $$,
  allTypes,
  captureSubmission,
  choose,
  field,
  mountSurvey,
  pressSubmit,
  summaryMessages,
  textOf,
  type,
  uniqueFormId,
} from './survey-fixtures.js';
import '../../axe.js';
import { keys } from '../../keyboard.js';

type Data = { surveyId: string; answers: Record<string, unknown>; other?: Record<string, string> };

describe('<family-survey> question types', () => {
  const mounted: FamilySurvey[] = [];
  const mount = async (...args: Parameters<typeof mountSurvey>) => {
    const el = await mountSurvey(...args);
    mounted.push(el);
    return el;
  };
  before(() => setLocale('en', { remember: false }));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('renders each type with native controls, legends and labels, help tied by aria-describedby', async function () {
    // axe's first run on a page, over all twelve question types, took 4-10 s by itself with two
    // files at once per browser on two cores (measured after axe was already loaded, test/axe.ts)
    this.timeout(20_000);
    const el = await mount(allTypes, { 'form-id': uniqueFormId('render'), 'no-draft': '' });
    // groups: fieldset + legend, required in words
    for (const id of ['single', 'multi', 'lik', 'rate', 'yn']) {
      const group = field(el, `answers.${id}`)!;
      expect(group.tagName, id).to.equal('FIELDSET');
      expect(group.querySelector(':scope > legend'), id).to.exist;
    }
    expect(textOf(field(el, 'answers.single')!.querySelector('legend'))).to.equal('Pick one (required)');
    expect($$(el, '[data-field="answers.single"] input[type="radio"]')).to.have.length(3); // two + Other
    expect($$(el, '[data-field="answers.multi"] input[type="checkbox"]')).to.have.length(4);
    expect(textOf(field(el, 'answers.multi')!.querySelector('.hint'))).to.equal('Choose at least 2. Choose up to 2.');
    const select = $<HTMLSelectElement>(el, '[data-field="answers.drop"] select')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Choose…', 'First', 'Second']);
    expect(select.labels![0]!.textContent).to.contain('Pick from a list');
    // likert: a fieldset per item, with its group for reporting
    const items = $$(el, '[data-field="answers.lik"] fieldset.likert-item');
    expect(items.map((i) => textOf(i.querySelector('legend')))).to.deep.equal(['School is welcoming', 'Teachers listen']);
    expect(items[0]!.dataset['group']).to.equal('climate');
    expect(items[0]!.querySelectorAll('input[type="radio"]')).to.have.length(6);
    expect(textOf(items[0]!.querySelector('.not-sure label'))).to.equal('Not sure');
    // rating 1…5 with end labels read with the number
    const rates = $$(el, '[data-field="answers.rate"] label').map(textOf);
    expect(rates).to.deep.equal(['1 Poor', '2', '3', '4', '5 Great']);
    expect($$(el, '[data-field="answers.yn"] label').map(textOf)).to.deep.equal(['Yes', 'No']);
    // text inputs: dir=auto, maxLength default 2000, textarea when multiline
    const txt = $<HTMLInputElement>(el, '[data-field="answers.txt"] input')!;
    expect(txt.dir).to.equal('auto');
    expect(txt.maxLength).to.equal(50);
    const long = $<HTMLTextAreaElement>(el, '[data-field="answers.long"] textarea')!;
    expect(long.maxLength).to.equal(2000);
    expect(long.dir).to.equal('auto');
    // number, email, phone, date
    const num = $<HTMLInputElement>(el, '[data-field="answers.num"] input')!;
    expect([num.type, num.min, num.max, num.inputMode]).to.deep.equal(['number', '0', '10', 'numeric']);
    const mail = $<HTMLInputElement>(el, '[data-field="answers.mail"] input')!;
    expect([mail.type, mail.autocomplete, mail.inputMode]).to.deep.equal(['email', 'email', 'email']);
    const help = $(el, '[data-field="answers.mail"] .hint')!;
    expect(mail.getAttribute('aria-describedby')).to.equal(help.id);
    expect(textOf(help)).to.equal('We only use it to answer you.');
    const tel = $<HTMLInputElement>(el, '[data-field="answers.tel"] input')!;
    expect([tel.type, tel.autocomplete, tel.inputMode]).to.deep.equal(['tel', 'tel', 'tel']);
    const day = $<HTMLInputElement>(el, '[data-field="answers.day"] input')!;
    expect([day.type, day.min, day.max]).to.deep.equal(['date', '2026-01-01', '2026-12-31']);
    await expect(el).to.be.accessible();
  });

  it('an anonymous survey does not autofill email or phone', async () => {
    const el = await mount({ ...allTypes, anonymous: true }, { 'form-id': uniqueFormId('anon'), 'no-draft': '' });
    expect($<HTMLInputElement>(el, '[data-field="answers.mail"] input')!.autocomplete).to.equal('off');
    expect($<HTMLInputElement>(el, '[data-field="answers.tel"] input')!.autocomplete).to.equal('off');
    expect(textOf($(el, '.anonymous-note'))).to.contain('anonymous');
  });

  it('shows required errors in words at each field and in the summary, which takes focus', async () => {
    const el = await mount(allTypes, { 'form-id': uniqueFormId('required'), 'no-draft': '' });
    const capture = captureSubmission(el);
    await choose(el, 'answers.multi', 'Ex'); // optional, but at least 2 once answered
    const invalid = new Promise<CustomEvent>((r) => el.addEventListener('family-invalid', (e) => r(e as CustomEvent), { once: true }));
    await pressSubmit(el);
    const event = await invalid;
    expect(Object.keys(event.detail.errors)).to.have.members([
      'answers.single',
      'answers.multi',
      'answers.drop',
      'answers.lik.i1',
      'answers.lik.i2',
      'answers.rate',
      'answers.yn',
    ]);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="error-summary"]'), 'summary focused');
    expect(summaryMessages(el)).to.include.members([
      'Choose an answer: Pick one',
      'Choose at least 2.',
      'Choose an answer: School is welcoming',
      'Choose an answer: Coming?',
    ]);
    const single = field(el, 'answers.single')!;
    expect(textOf(single.querySelector('.error-message'))).to.equal('Error: Choose an answer: Pick one');
    expect(single.getAttribute('aria-describedby')).to.contain(single.querySelector('.error-message')!.id);
    const item = field(el, 'answers.lik.i2')!;
    expect(textOf(item.querySelector('.error-message'))).to.equal('Error: Choose an answer: Teachers listen');
    expect(capture.count()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('checks limits and formats: multiple max, other text, number range, email, phone, date range', async () => {
    const el = await mount(allTypes, { 'form-id': uniqueFormId('limits'), 'no-draft': '' });
    await choose(el, 'answers.multi', 'Ex');
    await choose(el, 'answers.multi', 'Why');
    await choose(el, 'answers.multi', 'Zed');
    await choose(el, 'answers.single', 'Other');
    await type(el, 'answers.num', '11');
    await type(el, 'answers.mail', 'not-an-address');
    await type(el, 'answers.tel', '12ab');
    await type(el, 'answers.day', '2025-06-01');
    await pressSubmit(el);
    const messages = summaryMessages(el);
    expect(messages).to.include.members([
      'Choose up to 2.',
      'Tell us your answer for “Other”, or choose another answer.',
      'Enter a number of 10 or less.',
      'Enter an email address like name@example.com.',
      'Enter a phone number with digits, like 555 123 4567.',
    ]);
    expect(messages.some((m) => m.startsWith('Enter a date on or after'))).to.equal(true);
    expect($(el, '[data-field="answers.num"] input')!.getAttribute('aria-invalid')).to.equal('true');
    // fixing a field removes its error as the family types
    await type(el, 'answers.num', '3');
    expect($(el, '[data-field="answers.num"] .error-message')).to.equal(null);
    expect($(el, '[data-field="answers.num"] input')!.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('is operated by keyboard: arrows move radios, Space ticks boxes, typing fills inputs', async function () {
    // 18 key commands, each a round trip through the test server: more than the default 10 s under load
    this.timeout(30_000);
    const el = await mount(allTypes, { 'form-id': uniqueFormId('keys'), 'no-draft': '' });
    // keys(): Firefox acts on Space, arrows and Enter only in the tab in front (test/keyboard.ts)
    const capture = captureSubmission(el);
    const radio = (path: string, n = 0) => $$<HTMLInputElement>(el, `[data-field="${path}"] input[type="radio"]`)[n]!;
    // single: focus the first radio, ArrowDown selects the next
    radio('answers.single').focus();
    await keys({ press: 'ArrowDown' });
    // multiple: Tab into the group, Space ticks
    $$<HTMLInputElement>(el, '[data-field="answers.multi"] input')[1]!.focus();
    await keys({ press: ' ' });
    await keys({ press: 'Tab' });
    await keys({ press: ' ' });
    // dropdown: type-ahead picks an option
    $<HTMLSelectElement>(el, '[data-field="answers.drop"] select')!.focus();
    await keys({ type: 'Second' });
    // likert: Space on a focused radio, then arrows
    radio('answers.lik.i1', 3).focus();
    await keys({ press: ' ' });
    radio('answers.lik.i2', 0).focus();
    await keys({ press: ' ' });
    await keys({ press: 'ArrowRight' });
    // rating: right arrow goes up the scale
    radio('answers.rate', 0).focus();
    await keys({ press: ' ' });
    await keys({ press: 'ArrowRight' });
    await keys({ press: 'ArrowRight' });
    radio('answers.yn', 0).focus();
    await keys({ press: 'ArrowRight' }); // "No"
    $<HTMLInputElement>(el, '[data-field="answers.txt"] input')!.focus();
    await keys({ type: 'Hola' });
    $<HTMLTextAreaElement>(el, '[data-field="answers.long"] textarea')!.focus();
    await keys({ type: 'Line one' });
    $<HTMLInputElement>(el, '[data-field="answers.num"] input')!.focus();
    await keys({ type: '7' });
    $<HTMLInputElement>(el, '[data-field="answers.mail"] input')!.focus();
    await keys({ type: 'ana@example.org' });
    $<HTMLInputElement>(el, '[data-field="answers.tel"] input')!.focus();
    await keys({ type: '555 123 4567' });
    $<HTMLInputElement>(el, '[data-field="answers.txt"] input')!.focus();
    await keys({ press: 'Enter' }); // Enter in a text field sends the (one-page) form
    await waitUntil(() => capture.count() === 1, 'submitted by Enter', { timeout: 5000 });
    const data = capture.data() as Data;
    expect(data.answers).to.deep.equal({
      single: 'b',
      multi: ['y', 'z'],
      drop: 'd2',
      lik: { i1: 4, i2: 2 },
      rate: 3,
      yn: false,
      txt: 'Hola',
      long: 'Line one',
      num: 7,
      mail: 'ana@example.org',
      tel: '555 123 4567',
    });
  });

  it('sends every type with its exact answer value to a real endpoint', async () => {
    const formId = uniqueFormId('e2e');
    const el = await mount(allTypes, { 'form-id': formId, endpoint: submissionsUrl(formId), 'no-draft': '' });
    await choose(el, 'answers.single', 'Other');
    await type(el, 'other.single', '  Mango ');
    await choose(el, 'answers.multi', 'Zed');
    await choose(el, 'answers.multi', 'Ex');
    const select = $<HTMLSelectElement>(el, '[data-field="answers.drop"] select')!;
    select.value = 'd1';
    select.dispatchEvent(new Event('change'));
    await choose(el, 'answers.lik.i1', 'Strongly agree');
    await choose(el, 'answers.lik.i2', 'Not sure');
    await choose(el, 'answers.rate', '5 Great');
    await choose(el, 'answers.yn', 'Yes');
    await type(el, 'answers.txt', 'Gracias');
    await type(el, 'answers.num', '2.5');
    await type(el, 'answers.day', '2026-03-15');
    await pressSubmit(el);
    await waitUntil(() => el.submission.state === 'sent', `state ${el.submission.state}`, { timeout: 8000 });
    const [envelope] = await storedEnvelopes(formId);
    expect(envelope!['type']).to.equal('family-survey');
    expect(envelope!['data']).to.deep.equal({
      surveyId: 'all-types',
      answers: {
        single: 'other',
        multi: ['x', 'z'], // the definition's order, not the click order
        drop: 'd1',
        lik: { i1: 5, i2: 'not-sure' },
        rate: 5,
        yn: true,
        txt: 'Gracias',
        num: 2.5,
        day: '2026-03-15',
      },
      other: { single: 'Mango' },
    });
    expect(textOf($(el, '[part="status"]'))).to.contain('Thank you');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('drops "Other" text when another choice is made, and sends custom likert values', async () => {
    const el = await mount(
      {
        id: 'custom',
        questions: [
          { id: 'q1', type: 'single', text: 'Pick', other: true, options: [{ value: 'a', label: 'A' }] },
          {
            id: 'q2',
            type: 'likert',
            text: 'Scale',
            options: [{ value: 'low', label: 'Low' }, { value: 'high', label: 'High' }],
            items: [{ id: 'x', text: 'X' }],
          },
        ],
      },
      { 'form-id': uniqueFormId('custom'), 'no-draft': '' },
    );
    const capture = captureSubmission(el);
    await choose(el, 'answers.q1', 'Other');
    await type(el, 'other.q1', 'Something');
    await choose(el, 'answers.q1', 'A');
    expect(field(el, 'other.q1')).to.equal(null);
    await choose(el, 'answers.q2.x', 'High');
    await pressSubmit(el);
    await waitUntil(() => capture.count() === 1, 'sent', { timeout: 5000 });
    expect(capture.data()).to.deep.equal({ surveyId: 'custom', answers: { q1: 'a', q2: { x: 'high' } } });
  });

  it('values every built-in likert scale 1…N from its lowest label', async () => {
    const scales = {
      agreement4: ['Strongly disagree', 'Strongly agree', 4],
      agreement5: ['Strongly disagree', 'Strongly agree', 5],
      frequency5: ['Never', 'Always', 5],
      satisfaction5: ['Very dissatisfied', 'Very satisfied', 5],
      confidence5: ['Not at all confident', 'Extremely confident', 5],
    } as const;
    const el = await mount(
      {
        id: 'scales',
        questions: Object.keys(scales).map((scale) => ({
          id: scale,
          type: 'likert' as const,
          text: scale,
          scale: scale as keyof typeof scales,
          items: [{ id: 'low', text: 'Low' }, { id: 'high', text: 'High' }],
        })),
      },
      { 'form-id': uniqueFormId('scales'), 'no-draft': '' },
    );
    const capture = captureSubmission(el);
    const expected: Record<string, Record<string, number>> = {};
    for (const [scale, [lowest, highest, n]] of Object.entries(scales)) {
      const labels = $$(el, `[data-field="answers.${scale}.low"] .likert-choice label`).map(textOf);
      expect(labels, scale).to.have.length(n);
      expect([labels[0], labels.at(-1)], scale).to.deep.equal([lowest, highest]);
      await choose(el, `answers.${scale}.low`, lowest);
      await choose(el, `answers.${scale}.high`, highest);
      expected[scale] = { low: 1, high: n };
    }
    await pressSubmit(el);
    await waitUntil(() => capture.count() === 1, 'sent', { timeout: 5000 });
    expect(capture.data()).to.deep.equal({ surveyId: 'scales', answers: expected });
  });

  it('fires family-change with the data as it would be sent', async () => {
    const el = await mount(allTypes, { 'form-id': uniqueFormId('change'), 'no-draft': '' });
    const changes: Data[] = [];
    el.addEventListener('family-change', (e) => changes.push((e as CustomEvent<{ value: Data }>).detail.value));
    await choose(el, 'answers.yn', 'No');
    await choose(el, 'answers.lik.i1', 'Disagree');
    expect(changes.at(-1)).to.deep.equal({ surveyId: 'all-types', answers: { yn: false, lik: { i1: 2 } } });
  });

  it('lays likert items out as a matrix when wide and one item per screen width at 320 px', async () => {
    const el = await mount(allTypes, { 'form-id': uniqueFormId('reflow'), 'no-draft': '' });
    const tops = () =>
      new Set(
        $$(el, '[data-field="answers.lik.i1"] .likert-choice input').map((i) => Math.round(i.getBoundingClientRect().top)),
      ).size;
    el.style.setProperty('inline-size', '900px');
    expect(tops(), 'one row when wide').to.equal(1);
    el.style.setProperty('inline-size', '320px');
    expect(tops(), 'stacked at 320 px').to.equal(6);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth, 'no sideways scrolling').to.be.at.most(base.clientWidth + 1);
    const item = $(el, '[data-field="answers.lik.i1"]')!;
    expect(item.getBoundingClientRect().width).to.be.at.most(320);
  });
});
