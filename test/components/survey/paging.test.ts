import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import type { SurveyDefinition } from '../../../src/components/survey/survey.schema.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import {
  $,
  captureSubmission,
  choose,
  field,
  mountSurvey,
  pageHeading,
  pressSubmit,
  summaryMessages,
  textOf,
  type,
  uniqueFormId,
} from './survey-fixtures.js';

const paged: SurveyDefinition = {
  id: 'paged',
  title: 'Fall survey',
  pages: [
    {
      title: 'About you',
      questions: [
        { id: 'role', type: 'single', text: 'You are', required: true, options: [{ value: 'parent', label: 'A parent' }, { value: 'other', label: 'Someone else' }] },
        { id: 'name', type: 'text', text: 'Nickname' },
      ],
    },
    {
      title: 'Only for parents',
      questions: [{ id: 'kids', type: 'number', text: 'How many children?', required: true, visibleIf: { question: 'role', equals: 'parent' } }],
    },
    { questions: [{ id: 'rate', type: 'rating', text: 'Rate us', required: true }] },
    { title: 'Last words', questions: [{ id: 'words', type: 'text', text: 'Anything else?' }] },
  ],
};

const activeHeading = (el: FamilySurvey) => el.shadowRoot!.activeElement?.classList.contains('page-heading') === true;

describe('<family-survey> pages', () => {
  const mounted: FamilySurvey[] = [];
  before(() => setLocale('en', { remember: false }));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));
  const mount = async (definition: SurveyDefinition, attrs: Record<string, string> = {}) => {
    const el = await mountSurvey(definition, { 'form-id': uniqueFormId('paging'), 'no-draft': '', ...attrs });
    mounted.push(el);
    return el;
  };

  it('shows "Page 1 of 4", validates only the current page on Next, and moves focus to the next heading', async () => {
    const el = await mount(paged);
    // page 2 only counts once its question can show
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 1 of 3');
    await choose(el, 'answers.role', 'A parent');
    expect(pageHeading(el)).to.equal('About you (Page 1 of 4)');
    expect($(el, '[part="back-button"]')).to.equal(null);
    expect(textOf($(el, '[part="next-button"]'))).to.equal('Next');
    const invalid: string[][] = [];
    el.addEventListener('family-invalid', (e) => invalid.push(Object.keys((e as CustomEvent).detail.errors)));
    await type(el, 'answers.name', 'x'.repeat(3));
    await pressSubmit(el);
    await waitUntil(() => activeHeading(el), 'focus on the page heading');
    expect(pageHeading(el)).to.equal('Only for parents (Page 2 of 4)');
    // Next validates this page only: "rate" on page 3 is required too
    await pressSubmit(el);
    expect(invalid).to.deep.equal([['answers.kids']]);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="error-summary"]'), 'summary focused');
    expect(summaryMessages(el)).to.deep.equal(['Enter an answer: How many children?']);
    await expect(el).to.be.accessible();
    await type(el, 'answers.kids', '1');
    await pressSubmit(el);
    await waitUntil(() => activeHeading(el), 'focus on the page heading');
    expect(pageHeading(el)).to.equal('Page 3 of 4');
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 3 of 4');
    expect($(el, '[part="error-summary"]')).to.equal(null);
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('Back keeps every answer, and the last page sends', async () => {
    const el = await mount(paged);
    const capture = captureSubmission(el);
    await choose(el, 'answers.role', 'A parent');
    await type(el, 'answers.name', 'Lupe');
    await pressSubmit(el);
    await type(el, 'answers.kids', '3');
    await pressSubmit(el);
    // a page without a title is headed by its position
    expect(pageHeading(el)).to.equal('Page 3 of 4');
    await choose(el, 'answers.rate', '4');
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    await waitUntil(() => activeHeading(el), 'focus on the page heading after Back');
    expect(pageHeading(el)).to.equal('Only for parents (Page 2 of 4)');
    expect($<HTMLInputElement>(el, '[data-field="answers.kids"] input')!.value).to.equal('3');
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '[data-field="answers.role"] input[value="parent"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '[data-field="answers.name"] input')!.value).to.equal('Lupe');
    await pressSubmit(el);
    await pressSubmit(el);
    expect($<HTMLInputElement>(el, '[data-field="answers.rate"] input[value="4"]')!.checked).to.equal(true);
    await pressSubmit(el);
    expect(pageHeading(el)).to.equal('Last words (Page 4 of 4)');
    expect(textOf($(el, '[part="submit-button"]'))).to.equal('Send my answers');
    expect($(el, '[part="next-button"]')).to.equal(null);
    await pressSubmit(el);
    // Send moments after mounting waits for the zod checks and the pipeline, which load behind the survey.
    await waitUntil(() => capture.count() === 1, 'sent', { timeout: 5000 });
    expect(capture.data()).to.deep.equal({ surveyId: 'paged', answers: { role: 'parent', name: 'Lupe', kids: 3, rate: 4 } });
  });

  it('skips a page whose questions are all hidden, counts only shown pages, and does not send hidden answers', async () => {
    const el = await mount(paged);
    const capture = captureSubmission(el);
    await choose(el, 'answers.role', 'A parent');
    await pressSubmit(el);
    await type(el, 'answers.kids', '2');
    // back to page 1 and change the answer the page depends on
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 1 of 4');
    await choose(el, 'answers.role', 'Someone else');
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 1 of 3');
    await pressSubmit(el);
    expect(pageHeading(el)).to.equal('Page 2 of 3');
    expect(field(el, 'answers.rate')).to.exist;
    await choose(el, 'answers.rate', '5');
    await pressSubmit(el);
    await pressSubmit(el);
    await waitUntil(() => capture.count() === 1, 'sent', { timeout: 5000 });
    // "kids" was answered, then hidden: not sent
    expect(capture.data()).to.deep.equal({ surveyId: 'paged', answers: { role: 'other', rate: 5 } });
  });

  it('a one-page survey has no progress and no Back', async () => {
    const el = await mount({ id: 'one', questions: [{ id: 'q', type: 'yesno', text: 'OK?' }] });
    expect($(el, '[part="progress"]')).to.equal(null);
    expect($(el, 'progress')).to.equal(null);
    expect($(el, '[part="back-button"]')).to.equal(null);
    expect($(el, '[part="submit-button"]')).to.exist;
  });
});

describe('<family-survey> visibleIf in the form', () => {
  const mounted: FamilySurvey[] = [];
  before(() => setLocale('en', { remember: false }));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  const definition: SurveyDefinition = {
    id: 'rules',
    questions: [
      { id: 'kids', type: 'multiple', text: 'Grades', options: [{ value: 'elem', label: 'Elementary' }, { value: 'high', label: 'High school' }] },
      { id: 'bus', type: 'yesno', text: 'Rides the bus?' },
      { id: 'stop', type: 'text', text: 'Which stop?', required: true, visibleIf: { all: [{ question: 'bus', equals: true }, { question: 'kids', includes: 'elem' }] } },
      { id: 'college', type: 'yesno', text: 'College visits?', visibleIf: { any: [{ question: 'kids', includes: 'high' }, { question: 'bus', equals: false }] } },
      { id: 'why', type: 'text', text: 'Why not?', visibleIf: { question: 'college', notEquals: true } },
    ],
  };
  const shown = (el: FamilySurvey) => [...el.shadowRoot!.querySelectorAll('form > .question, form > fieldset.question')].map((q) => q.getAttribute('data-field'));

  it('shows and hides questions as answers change (all, any, includes, notEquals, chains)', async () => {
    const el = await mountSurvey(definition, { 'form-id': uniqueFormId('rules'), 'no-draft': '' });
    mounted.push(el);
    const capture = captureSubmission(el);
    expect(shown(el)).to.deep.equal(['answers.kids', 'answers.bus']);
    await choose(el, 'answers.bus', 'Yes');
    // "why" (college notEquals true) waits until college has an answer
    expect(shown(el)).to.deep.equal(['answers.kids', 'answers.bus']);
    await choose(el, 'answers.kids', 'Elementary');
    expect(shown(el)).to.deep.equal(['answers.kids', 'answers.bus', 'answers.stop']);
    await type(el, 'answers.stop', 'Elm St');
    await choose(el, 'answers.kids', 'High school');
    expect(shown(el)).to.deep.equal(['answers.kids', 'answers.bus', 'answers.stop', 'answers.college']);
    await choose(el, 'answers.college', 'No');
    expect(shown(el)).to.deep.equal(['answers.kids', 'answers.bus', 'answers.stop', 'answers.college', 'answers.why']);
    await choose(el, 'answers.college', 'Yes');
    expect(shown(el)).to.not.include('answers.why');
    await choose(el, 'answers.bus', 'No');
    expect(shown(el)).to.deep.equal(['answers.kids', 'answers.bus', 'answers.college']);
    await pressSubmit(el);
    await waitUntil(() => capture.count() === 1, 'sent', { timeout: 5000 });
    // "stop" was answered while shown: hidden now, so not sent (and its required rule does not block)
    expect(capture.data()).to.deep.equal({ surveyId: 'rules', answers: { kids: ['elem', 'high'], bus: false, college: true } });
    await expect(el).to.be.accessible();
  });

  it('a hidden question that comes back still has its answer', async () => {
    const el = await mountSurvey(definition, { 'form-id': uniqueFormId('rules-back'), 'no-draft': '' });
    mounted.push(el);
    await choose(el, 'answers.bus', 'Yes');
    await choose(el, 'answers.kids', 'Elementary');
    await type(el, 'answers.stop', 'Oak Ave');
    await choose(el, 'answers.bus', 'No');
    expect(field(el, 'answers.stop')).to.equal(null);
    await choose(el, 'answers.bus', 'Yes');
    expect($<HTMLInputElement>(el, '[data-field="answers.stop"] input')!.value).to.equal('Oak Ave');
  });
});
