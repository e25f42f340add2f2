/**
 * What shows a survey's questions: the hand check that vouches for a
 * definition without zod (definition-check.ts), which questions the answers
 * show, the `data` they make, each question type's render function and the
 * field paths it answers to, and the questions' look. The element loads this module with `import()` as
 * it connects, in parallel with its `src` (its zod checks follow once this is
 * here), and shows the questions once it is here: a survey is never shown
 * before its definition is checked, so its first render needs none of this.
 */
export { buildPayload, shownQuestions } from './answers.js';
export { vouchedSurvey } from './definition-check.js';
export { answerPath, fieldPaths, otherPath } from './field-paths.js';
export { adoptQuestionStyles, renderQuestion } from './questions/render-question.js';
