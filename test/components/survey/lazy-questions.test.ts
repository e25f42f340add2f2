import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import { holding, libraryFiles, staticFiles } from '../../pages/loaded-files.js';
import { $, $$, captureSubmission, choose, pageHeading, pressSubmit, summaryMessages, textOf, type, uniqueFormId } from './survey-fixtures.js';

/**
 * A survey shows no question before its definition is checked, so its file and
 * what that imports statically hold neither the hand check nor a question's
 * render function: they come with `import()` as the survey connects
 * (survey-questions.ts), and the zod checks once they are here. The built
 * per-element file (dist/, which `npm test` builds first); this file imports
 * no source of the element (types and test helpers only), so the built one is
 * the only one on the page.
 */

const ENTRY = '/dist/components/family-survey.js';

/** Text only the views and the hand check hold: their message ids (likert scales, "Other", a multiple choice's hint, paths). */
const VIEW_MARKERS = ['survey.scale.strongly-agree', 'survey.other.describe', 'survey.all-that-apply', 'survey.def.whole'];
/** Text the element's own file holds: its page and its "Clear my answers". */
const ELEMENT_MARKERS = ['survey.progress', 'survey.clear-confirm'];

const definition = {
  id: 'lazy-views',
  title: 'How was family night?',
  pages: [
    {
      title: 'The evening',
      questions: [
        {
          id: 'heard',
          type: 'single',
          text: 'How did you hear about it?',
          required: true,
          other: true,
          options: [
            { value: 'flyer', label: 'A flyer' },
            { value: 'teacher', label: 'A teacher' },
          ],
        },
        {
          id: 'parts',
          type: 'likert',
          text: 'The parts of the evening',
          scale: 'agreement5',
          required: true,
          items: [
            { id: 'dinner', text: 'Dinner was welcoming' },
            { id: 'talk', text: 'The talk was useful' },
          ],
        },
      ],
    },
    { title: 'Overall', questions: [{ id: 'stars', type: 'rating', text: 'Your rating', required: true }] },
  ],
};

const mounted: Element[] = [];
function mount(setUp: (el: FamilySurvey) => void): FamilySurvey {
  const el = document.createElement('family-survey') as FamilySurvey;
  el.setAttribute('no-language-picker', '');
  el.setAttribute('no-draft', '');
  el.setAttribute('form-id', uniqueFormId('lazy-views'));
  setUp(el);
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe('<family-survey> loads its question views with import() as it connects', function () {
  this.timeout(30_000);
  before(async () => {
    await import(ENTRY);
  });
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('its static files hold no question views; they come with import() and the family answers and sends', async () => {
    const files = await staticFiles(ENTRY);
    const urls = [...files];
    // control: the element's own words are found in them, so the markers are read right
    expect(await holding(urls, ELEMENT_MARKERS), 'control').to.not.deep.equal([]);
    expect(await holding(urls, VIEW_MARKERS)).to.deep.equal([]);

    const el = mount((survey) => {
      survey.definition = definition;
    });
    await waitUntil(() => pageHeading(el).includes('The evening'), 'the first page shows', { timeout: 10_000 });
    const lazy = libraryFiles().filter((url) => !files.has(url));
    expect(await holding(lazy, VIEW_MARKERS), 'the views came with import()').to.not.deep.equal([]);
    expect(textOf($(el, '[part="title"]'))).to.equal('How was family night?');
    expect(pageHeading(el)).to.contain('Page 1 of 2');
    expect($$(el, '[data-field="answers.parts"] fieldset.likert-item')).to.have.length(2);
    expect(textOf($(el, '[data-field="answers.parts"] fieldset.likert-item label'))).to.equal('Strongly disagree');

    await el.updateComplete;
    const submission = captureSubmission(el);
    await pressSubmit(el);
    expect(summaryMessages(el), 'Next checks the page').to.have.length(3);
    await choose(el, 'answers.heard', 'Other');
    await type(el, 'other.heard', 'The school radio');
    await choose(el, 'answers.parts.dinner', 'Strongly agree');
    await choose(el, 'answers.parts.talk', 'Agree');
    await pressSubmit(el);
    expect(pageHeading(el)).to.contain('Overall');
    await choose(el, 'answers.stars', '4');
    await pressSubmit(el);
    await waitUntil(() => submission.data(), 'the answers are sent');
    expect(submission.data()).to.deep.equal({
      surveyId: 'lazy-views',
      answers: { heard: 'other', parts: { dinner: 5, talk: 4 }, stars: 4 },
      other: { heard: 'The school radio' },
    });
  });

  it('a survey from src, and one the hand check leaves to zod, are shown', async () => {
    const fromSrc = mount((survey) => survey.setAttribute('src', '/samples/surveys/family-night-feedback.json'));
    // an unknown key: the hand check declines it, zod's checks show it and warn
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const typo = mount((survey) => {
        survey.definition = { ...definition, id: 'lazy-typo', pages: [{ ...definition.pages[1]!, visibelIf: {} }] };
      });
      await waitUntil(() => pageHeading(typo).includes('Overall'), 'the survey zod checked shows', { timeout: 10_000 });
      expect(warnings.join('\n')).to.contain('pages[0].visibelIf');
    } finally {
      console.warn = warn;
    }
    await waitUntil(() => $(fromSrc, '[part="title"]'), 'the survey from src shows', { timeout: 10_000 });
    expect(textOf($(fromSrc, '[part="title"]'))).to.equal('Family night: how did it go?');
    expect($$(fromSrc, '[data-field="answers.parts"] fieldset.likert-item')).to.have.length(4);
  });
});
