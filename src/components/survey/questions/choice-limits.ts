import { msg, str } from '@lit/localize';
import { plural } from '../../../core/i18n/plural.js';

// The words of a multiple choice's `min` and `max`: its hint, and its error
// when too few or too many are chosen (question-errors.ts, with the checks).

/** "Choose at least 2." — also the error when fewer are chosen. */
export function atLeast(n: number): string {
  return plural(n, {
    one: () => msg(str`Choose at least ${n}.`, { id: 'survey.min.one' }),
    two: () => msg(str`Choose at least ${n}.`, { id: 'survey.min.two' }),
    few: () => msg(str`Choose at least ${n}.`, { id: 'survey.min.few' }),
    many: () => msg(str`Choose at least ${n}.`, { id: 'survey.min.many' }),
    other: () => msg(str`Choose at least ${n}.`, { id: 'survey.min.other' }),
  });
}

/** "Choose up to 3." — also the error when more are chosen. */
export function upTo(n: number): string {
  return plural(n, {
    one: () => msg(str`Choose up to ${n}.`, { id: 'survey.max.one' }),
    two: () => msg(str`Choose up to ${n}.`, { id: 'survey.max.two' }),
    few: () => msg(str`Choose up to ${n}.`, { id: 'survey.max.few' }),
    many: () => msg(str`Choose up to ${n}.`, { id: 'survey.max.many' }),
    other: () => msg(str`Choose up to ${n}.`, { id: 'survey.max.other' }),
  });
}
