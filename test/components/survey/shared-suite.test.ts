import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { submittingElementSuite } from '../../core/submit/submitting-element-suite.js';

before(() => setLocale('en', { remember: false }));

submittingElementSuite(
  'family-survey',
  async (el) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[data-field="answers.q1"] input')!;
    input.value = 'More evening events, please.';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
  {
    attributes: { 'no-draft': '' },
    setup: (el) => {
      (el as FamilySurvey).definition = {
        id: 'suite-survey',
        questions: [{ id: 'q1', type: 'text', text: 'What would help your family?', required: true }],
      };
    },
    // a server may name a survey question by its bare id (CONTRACT.md §2)
    serverField: { path: 'answers.q1', serverName: 'q1' },
  },
);
