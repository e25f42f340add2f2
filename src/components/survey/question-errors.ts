/**
 * The family's answers checked question by question, in their words. Needed
 * only once a family presses Next or Send, so it loads with the survey's
 * checks (survey-checks.ts), not with the form.
 */
import { msg, str } from '@lit/localize';
import { formatDate } from '../../core/i18n/date-format.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { chosen, OTHER_VALUE, type AnswerState } from './answers.js';
import { answerPath, itemPath, otherPath } from './field-paths.js';
import { atLeast, upTo } from './questions/choice-limits.js';
import type { LikertAnswer, Question } from './survey.schema.js';
import { TEXT_MAX_LENGTH } from './survey-limits.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+((\s*(ext\.?|x)\s*)\d{1,6})?$/i;
// Both patterns backtrack quadratically on long input (a 1 MB paste would hang the tab):
// longer answers are refused before they run. 254 is the longest address mail can carry.
const EMAIL_MAX_LENGTH = 254;
const PHONE_MAX_LENGTH = 40;

function validEmail(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value);
}

function validPhone(value: string): boolean {
  if (value.length > PHONE_MAX_LENGTH) return false;
  const main = value.replace(/(ext\.?|x)\s*\d+\s*$/i, '');
  const digits = main.replace(/\D/g, '').length;
  return PHONE.test(value.trim()) && digits >= 7 && digits <= 15;
}

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/**
 * The field errors of these questions (CONTRACT.md §2 field paths), in words a
 * family understands, in the active locale. Only the given questions are
 * checked: a page validates its own questions, and hidden ones never count.
 */
export function validateQuestions(
  questions: readonly Question[],
  state: AnswerState,
  plain: (text: LocalizedText | undefined) => string,
  locale: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const choose = (text: LocalizedText) => {
    const words = plain(text);
    return msg(str`Choose an answer: ${words}`, { id: 'survey.error.choose' });
  };
  const enter = (text: LocalizedText) => {
    const words = plain(text);
    return msg(str`Enter an answer: ${words}`, { id: 'survey.error.enter' });
  };
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), locale, 'UTC');

  for (const q of questions) {
    const path = answerPath(q);
    const value = state.answers[q.id];
    const bad = state.badInput.includes(q.id);
    const missing = value === undefined || (Array.isArray(value) && value.length === 0);
    switch (q.type) {
      case 'likert': {
        if (!q.required) break;
        const answer = (value ?? {}) as LikertAnswer;
        for (const item of q.items) if (answer[item.id] === undefined) errors[itemPath(q, item.id)] = choose(item.text);
        break;
      }
      case 'single':
      case 'multiple':
      case 'dropdown':
      case 'rating':
      case 'yesno':
        if (missing) {
          if (q.required) errors[path] = choose(q.text);
          break;
        }
        if (q.type === 'multiple') {
          const n = chosen(value).length;
          if (q.min !== undefined && n < q.min) errors[path] = atLeast(q.min);
          else if (q.max !== undefined && n > q.max) errors[path] = upTo(q.max);
        }
        if ((q.type === 'single' || q.type === 'multiple') && q.other && chosen(value).includes(OTHER_VALUE)) {
          if (!(state.other[q.id] ?? '').trim()) {
            errors[otherPath(q)] = msg('Tell us your answer for “Other”, or choose another answer.', { id: 'survey.error.other' });
          }
        }
        break;
      case 'number': {
        const words = plain(q.text);
        if (bad) errors[path] = msg(str`Enter a number: ${words}`, { id: 'survey.error.number' });
        else if (missing) {
          if (q.required) errors[path] = enter(q.text);
        } else if (typeof value === 'number') {
          const { min, max } = q;
          if (min !== undefined && value < min) errors[path] = msg(str`Enter a number of ${min} or more.`, { id: 'survey.error.number-min' });
          else if (max !== undefined && value > max) errors[path] = msg(str`Enter a number of ${max} or less.`, { id: 'survey.error.number-max' });
        }
        break;
      }
      case 'date': {
        const words = plain(q.text);
        if (bad || (typeof value === 'string' && !validDate(value))) {
          errors[path] = msg(str`Enter a real date: ${words}`, { id: 'survey.error.date' });
        } else if (missing) {
          if (q.required) errors[path] = enter(q.text);
        } else if (typeof value === 'string') {
          if (q.min && value < q.min) {
            const first = day(q.min);
            errors[path] = msg(str`Enter a date on or after ${first}.`, { id: 'survey.error.date-min' });
          } else if (q.max && value > q.max) {
            const last = day(q.max);
            errors[path] = msg(str`Enter a date on or before ${last}.`, { id: 'survey.error.date-max' });
          }
        }
        break;
      }
      case 'text':
      case 'email':
      case 'phone': {
        const text = typeof value === 'string' ? value.trim() : '';
        if (!text) {
          if (q.required) errors[path] = enter(q.text);
        } else if (q.type === 'email' && !validEmail(text)) {
          errors[path] = msg('Enter an email address like name@example.com.', { id: 'survey.error.email' });
        } else if (q.type === 'phone' && !validPhone(text)) {
          errors[path] = msg('Enter a phone number with digits, like 555 123 4567.', { id: 'survey.error.phone' });
        } else if (q.type === 'text' && text.length > (q.maxLength ?? TEXT_MAX_LENGTH)) {
          errors[path] = msg('This answer is too long. Please shorten it.', { id: 'survey.error.too-long' });
        }
        break;
      }
    }
  }
  return errors;
}
