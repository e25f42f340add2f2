import { msg } from '@lit/localize';
import type { LikertScale } from './survey.schema.js';

/** The value of the "not sure" choice (CONTRACT.md §3). */
export const NOT_SURE = 'not-sure';

const stronglyDisagree = () => msg('Strongly disagree', { id: 'survey.scale.strongly-disagree' });
const disagree = () => msg('Disagree', { id: 'survey.scale.disagree' });
const agree = () => msg('Agree', { id: 'survey.scale.agree' });
const stronglyAgree = () => msg('Strongly agree', { id: 'survey.scale.strongly-agree' });

/**
 * The built-in scales' labels, lowest first; each is valued 1…N from the
 * lowest. Functions, so a language switch re-reads them.
 */
export const scaleLabels: Record<LikertScale, () => string[]> = {
  agreement4: () => [stronglyDisagree(), disagree(), agree(), stronglyAgree()],
  agreement5: () => [
    stronglyDisagree(),
    disagree(),
    msg('Neither agree nor disagree', { id: 'survey.scale.neither-agree' }),
    agree(),
    stronglyAgree(),
  ],
  frequency5: () => [
    msg('Never', { id: 'survey.scale.never' }),
    msg('Rarely', { id: 'survey.scale.rarely' }),
    msg('Sometimes', { id: 'survey.scale.sometimes' }),
    msg('Often', { id: 'survey.scale.often' }),
    msg('Always', { id: 'survey.scale.always' }),
  ],
  satisfaction5: () => [
    msg('Very dissatisfied', { id: 'survey.scale.very-dissatisfied' }),
    msg('Dissatisfied', { id: 'survey.scale.dissatisfied' }),
    msg('Neither satisfied nor dissatisfied', { id: 'survey.scale.neither-satisfied' }),
    msg('Satisfied', { id: 'survey.scale.satisfied' }),
    msg('Very satisfied', { id: 'survey.scale.very-satisfied' }),
  ],
  confidence5: () => [
    msg('Not at all confident', { id: 'survey.scale.not-confident' }),
    msg('Slightly confident', { id: 'survey.scale.slightly-confident' }),
    msg('Somewhat confident', { id: 'survey.scale.somewhat-confident' }),
    msg('Quite confident', { id: 'survey.scale.quite-confident' }),
    msg('Extremely confident', { id: 'survey.scale.extremely-confident' }),
  ],
};

export const notSureLabel = () => msg('Not sure', { id: 'survey.scale.not-sure' });
