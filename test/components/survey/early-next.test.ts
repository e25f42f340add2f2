import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import type { SurveyDefinition } from '../../../src/components/survey/survey.schema.js';
import { $, pageHeading, summaryMessages, uniqueFormId } from './survey-fixtures.js';

// A survey the hand check vouches for is on screen before its lazily loaded checks, which start
// loading once its question views have come: Next pressed as the survey shows finds them on their way.
const twoPages: SurveyDefinition = {
  id: 'early',
  pages: [
    { title: 'One', questions: [{ id: 'role', type: 'single', text: 'You are', required: true, options: [{ value: 'p', label: 'A parent' }] }] },
    { title: 'Two', questions: [{ id: 'words', type: 'text', text: 'Anything else?' }] },
  ],
};

describe('<family-survey> Next pressed as soon as the survey shows', () => {
  it('still checks the page before moving on', async () => {
    const el = document.createElement('family-survey') as FamilySurvey;
    el.setAttribute('no-language-picker', '');
    el.setAttribute('no-draft', '');
    el.setAttribute('form-id', uniqueFormId('early-next'));
    el.definition = twoPages;
    document.body.append(el);
    try {
      // the questions, not the checks (updateComplete would wait for them too)
      await waitUntil(() => pageHeading(el), 'the first page shows', { interval: 1 });
      expect(pageHeading(el)).to.contain('One');
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect(pageHeading(el)).to.contain('One');
      expect(summaryMessages(el)).to.deep.equal(['Choose an answer: You are']);
    } finally {
      el.remove();
    }
  });
});
