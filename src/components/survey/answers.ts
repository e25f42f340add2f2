import type { Survey } from './definition.js';
import type { AnswerValue, Question, SurveyPayload } from './survey.schema.js';
import { visibleQuestions } from './visibility.js';

/** The value "Other" is sent as; its words go to `data.other[<id>]`. */
export const OTHER_VALUE = 'other';

/** Everything the family entered; kept across pages and in the draft. */
export interface AnswerState {
  answers: Record<string, AnswerValue>;
  other: Record<string, string>;
  /** Questions whose input holds text that is not a number or date. */
  badInput: string[];
}

/** The choices of a single, multiple or dropdown answer, as a list. */
export const chosen = (value: AnswerValue | undefined): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

/** The questions shown for the current answers, in definition order. */
export function shownQuestions(survey: Survey, state: AnswerState): Question[] {
  const visible = visibleQuestions(survey.questions, state.answers);
  return survey.questions.filter((q) => visible.has(q.id));
}

/**
 * The survey's `data` (CONTRACT.md §3): answers of shown questions only, text
 * trimmed, likert items of the question's own items, "Other" text beside.
 */
export function buildPayload(survey: Survey, state: AnswerState): SurveyPayload {
  const answers: Record<string, AnswerValue> = {};
  const other: Record<string, string> = {};
  for (const q of shownQuestions(survey, state)) {
    const value = state.answers[q.id];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      const text = value.trim();
      if (text) answers[q.id] = text;
    } else if (Array.isArray(value)) {
      if (value.length) answers[q.id] = value;
    } else if (typeof value === 'object') {
      const items = q.type === 'likert' ? q.items.map((i) => i.id) : [];
      const kept = Object.fromEntries(Object.entries(value).filter(([id]) => items.includes(id)));
      if (Object.keys(kept).length) answers[q.id] = kept;
    } else {
      answers[q.id] = value;
    }
    const otherText = (state.other[q.id] ?? '').trim();
    if ((q.type === 'single' || q.type === 'multiple') && q.other && chosen(value).includes(OTHER_VALUE) && otherText) {
      other[q.id] = otherText;
    }
  }
  return { surveyId: survey.id, answers, ...(Object.keys(other).length ? { other } : {}) };
}
