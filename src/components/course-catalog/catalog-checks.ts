/**
 * Everything the catalog checks with zod: the feed entries the quick check
 * (course-check.ts) could not vouch for, and the registration (with its phone
 * rules, and whether they know the `default-country`). The element
 * loads this module with `import()` as it connects (see LazyModule), so zod is
 * not needed for its first render.
 */
import { msg, str } from '@lit/localize';
import type { $ZodIssue } from 'zod/v4/core';
import * as z from 'zod/mini';
import { courseSchema } from './course.schema.js';
import type { CourseFallback } from './feed.js';

export { defaultCountryProblem } from '../contact-preferences/default-country.js';
export { registrationDraft, registrationErrors, registrationPayload } from './registration-checks.js';

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Issues do not carry their input unless asked to: look it up in the entry. */
function valueAt(entry: unknown, path: readonly PropertyKey[]): unknown {
  let value = entry;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Zod/mini carries no messages: each issue kind gets words a webmaster understands, in the active locale. */
function issueText(issue: $ZodIssue, entry: unknown): string {
  const last = issue.path[issue.path.length - 1];
  const absent = valueAt(entry, issue.path) === undefined;
  if (absent && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return msg('is missing', { id: 'catalog.problem.missing' });
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'array') return msg('should be a list', { id: 'catalog.problem.list' });
      if (issue.expected === 'object') return msg('should be an object', { id: 'catalog.problem.object' });
      if (issue.expected === 'number' || issue.expected === 'int')
        return msg('should be a whole number', { id: 'catalog.problem.number' });
      return msg('should be text', { id: 'catalog.problem.text' });
    case 'invalid_union':
      if (last === 'childcare') return msg('should be true, false or text', { id: 'catalog.problem.childcare' });
      if (last === 'cost') return msg('should be a number or text', { id: 'catalog.problem.cost' });
      return msg('should be text, or a map of language code to text', { id: 'catalog.problem.localized' });
    case 'invalid_format':
      if (issue.format === 'datetime')
        return msg('should be a date and time with an offset, like 2026-12-03T18:00:00-06:00', {
          id: 'catalog.problem.datetime',
        });
      return msg('should be a language code, like "es"', { id: 'catalog.problem.language' });
    case 'invalid_key':
      return msg('has a key that is not a language code', { id: 'catalog.problem.key' });
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return msg(str`should be one of: ${values}`, { id: 'catalog.problem.oneOf' });
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array')
        return msg(str`should have at least ${minimum} entries`, { id: 'catalog.problem.fewEntries' });
      if (issue.origin === 'string') return msg('should not be empty', { id: 'catalog.problem.empty' });
      return msg(str`should be at least ${minimum}`, { id: 'catalog.problem.minimum' });
    }
    case 'too_big':
      return msg('is too long', { id: 'catalog.problem.tooLong' });
    case 'custom':
      return msg('ends before it starts', { id: 'catalog.problem.order' });
    default:
      return msg('is not valid', { id: 'catalog.problem.invalid' });
  }
}

/** `parseFeed`'s fallback: the course as zod parses it, or each of its problems in words a webmaster understands. */
export const courseByZod: CourseFallback = (entry) => {
  const result = z.safeParse(courseSchema, entry);
  if (result.success) return result.data;
  return result.error.issues.map((issue) => ({ path: pathText(issue.path), message: issueText(issue, entry) }));
};
