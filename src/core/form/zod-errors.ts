import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { getLocale } from '../i18n/localization.js';
import { plural } from '../i18n/plural.js';

/** Dotted field path (`answers.q1`, `contact.phone.number`, `childcare.ages.0`) → localized message. */
export type FieldErrors = Record<string, string>;

/** `['contact', 'phone', 'number']` → `contact.phone.number`; array indices become `.0`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key))).join('.');
}

const count = (n: number | bigint) => new Intl.NumberFormat(getLocale()).format(n);

/** A value the family has not given yet: nothing, or only spaces. */
const missing = (input: unknown) =>
  input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

function minLength(n: number): string {
  const c = count(n);
  return plural(n, {
    one: () => msg(str`Use at least ${c} character.`, { id: 'form.error.min-length.one' }),
    two: () => msg(str`Use at least ${c} characters.`, { id: 'form.error.min-length.two' }),
    few: () => msg(str`Use at least ${c} characters.`, { id: 'form.error.min-length.few' }),
    many: () => msg(str`Use at least ${c} characters.`, { id: 'form.error.min-length.many' }),
    other: () => msg(str`Use at least ${c} characters.`, { id: 'form.error.min-length.other' }),
  });
}

function maxLength(n: number): string {
  const c = count(n);
  return plural(n, {
    one: () => msg(str`Use ${c} character or fewer.`, { id: 'form.error.max-length.one' }),
    two: () => msg(str`Use ${c} characters or fewer.`, { id: 'form.error.max-length.two' }),
    few: () => msg(str`Use ${c} characters or fewer.`, { id: 'form.error.max-length.few' }),
    many: () => msg(str`Use ${c} characters or fewer.`, { id: 'form.error.max-length.many' }),
    other: () => msg(str`Use ${c} characters or fewer.`, { id: 'form.error.max-length.other' }),
  });
}

function minItems(n: number): string {
  if (n === 1) return msg('Choose at least one.', { id: 'form.error.min-items.single' });
  const c = count(n);
  return plural(n, {
    one: () => msg(str`Choose at least ${c}.`, { id: 'form.error.min-items.one' }),
    two: () => msg(str`Choose at least ${c}.`, { id: 'form.error.min-items.two' }),
    few: () => msg(str`Choose at least ${c}.`, { id: 'form.error.min-items.few' }),
    many: () => msg(str`Choose at least ${c}.`, { id: 'form.error.min-items.many' }),
    other: () => msg(str`Choose at least ${c}.`, { id: 'form.error.min-items.other' }),
  });
}

function maxItems(n: number): string {
  const c = count(n);
  return plural(n, {
    one: () => msg(str`Choose no more than ${c}.`, { id: 'form.error.max-items.one' }),
    two: () => msg(str`Choose no more than ${c}.`, { id: 'form.error.max-items.two' }),
    few: () => msg(str`Choose no more than ${c}.`, { id: 'form.error.max-items.few' }),
    many: () => msg(str`Choose no more than ${c}.`, { id: 'form.error.max-items.many' }),
    other: () => msg(str`Choose no more than ${c}.`, { id: 'form.error.max-items.other' }),
  });
}

const required = () => msg('This is required.', { id: 'form.error.required' });
const checkThis = () => msg('Check this answer.', { id: 'form.error.invalid' });
const wholeNumber = () => msg('Enter a whole number.', { id: 'form.error.whole-number' });

/**
 * The localized message for one zod issue, in plain words a family can act on
 * (GOV.UK style: say what to do). Only called when neither the check nor the
 * schema carries its own message: zod ranks those first.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.code !== 'custom' && missing(issue.input)) return required();
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'nan') return msg('Enter a number.', { id: 'form.error.number' });
      if (issue.expected === 'int') return wholeNumber();
      return checkThis();
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? required() : minLength(n);
      if (issue.origin === 'array' || issue.origin === 'set') return minItems(n);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const c = count(issue.minimum);
        return issue.inclusive === false
          ? msg(str`Enter a number greater than ${c}.`, { id: 'form.error.number-above' })
          : msg(str`Enter a number that is ${c} or more.`, { id: 'form.error.number-min' });
      }
      return checkThis();
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return maxLength(n);
      if (issue.origin === 'array' || issue.origin === 'set') return maxItems(n);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const c = count(issue.maximum);
        return issue.inclusive === false
          ? msg(str`Enter a number less than ${c}.`, { id: 'form.error.number-below' })
          : msg(str`Enter a number that is ${c} or less.`, { id: 'form.error.number-max' });
      }
      return checkThis();
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return msg('Enter an email address in the correct format, like name@example.com.', { id: 'form.error.email' });
        case 'date':
        case 'datetime':
          return msg('Enter a real date.', { id: 'form.error.date' });
        case 'time':
          return msg('Enter a real time.', { id: 'form.error.time' });
        case 'url':
          return msg('Enter a full web address, like https://example.org.', { id: 'form.error.url' });
        default:
          return msg('Check the format of this answer.', { id: 'form.error.format' });
      }
    case 'not_multiple_of':
      return issue.divisor === 1 ? wholeNumber() : checkThis();
    case 'invalid_value':
      return msg('Choose one of the options.', { id: 'form.error.choose' });
    default:
      // `custom` without a message of its own, unions, unknown keys.
      return checkThis();
  }
}

/**
 * Every problem zod finds in `value`, keyed by dotted field path, with a
 * localized message; the first problem of a field wins (e.g. "required"
 * before a format). A `message`/`error` given on a check or schema is kept
 * as written. Works with `zod/mini` schemas (no eval, so strict CSP is fine).
 */
export function zodErrors(schema: z.core.$ZodType, value: unknown): FieldErrors {
  const result = z.safeParse(schema, value, { error: (issue) => issueMessage(issue) });
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issuePath(issue.path);
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}
