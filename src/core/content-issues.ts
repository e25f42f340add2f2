import { msg, str } from '@lit/localize';

/**
 * zod/mini ships no messages ("Invalid input"): how a problem in a content file
 * (an event, a tip, a survey definition) is told to the webmaster who edits it,
 * in words they can act on, in the element's language like everything it
 * shows (JSON keys and values stay as written). Each element's checks say
 * their special cases first and leave the rest to this.
 */

/** The parts of a zod issue the wording reads (zod/mini's `$ZodIssue`, loosely). */
export interface ContentIssue {
  code: string;
  path: PropertyKey[];
  message?: string;
  /** The value at `path`: parse with `reportInput: true`, or every wrong type reads as missing. */
  input?: unknown;
  expected?: string;
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
}

/** "expected …" for each type zod names. */
const EXPECTED: Readonly<Record<string, () => string>> = {
  string: () => msg('expected text', { id: 'content.expected.text' }),
  number: () => msg('expected a number', { id: 'content.expected.number' }),
  int: () => msg('expected a whole number', { id: 'content.expected.int' }),
  boolean: () => msg('expected true or false', { id: 'content.expected.boolean' }),
  array: () => msg('expected a list', { id: 'content.expected.array' }),
  object: () => msg('expected an object', { id: 'content.expected.object' }),
  record: () => msg('expected an object', { id: 'content.expected.object' }),
};

/** What is wrong at the issue's path (the path itself is the caller's to write). */
export function describeContentIssue(issue: ContentIssue): string {
  switch (issue.code) {
    case 'invalid_union':
      // the unions of content files are LocalizedText: a string or a map of language code to string
      return msg('expected text, or a map of language code to text ({"en": "…", "es": "…"})', { id: 'content.expected.text-or-map' });
    case 'invalid_type': {
      if (issue.input === undefined) return msg('is missing', { id: 'content.missing' });
      const expected = issue.expected ?? '';
      return Object.hasOwn(EXPECTED, expected) ? EXPECTED[expected]!() : msg(str`expected ${expected}`, { id: 'content.expected.other' });
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return msg(str`must be one of ${values}`, { id: 'content.one-of' });
    }
    case 'too_small': {
      if (issue.origin === 'string') return msg('must not be empty', { id: 'content.empty' });
      const minimum = String(issue.minimum);
      return issue.inclusive === false
        ? msg(str`must be more than ${minimum}`, { id: 'content.more-than' })
        : msg(str`must be at least ${minimum}`, { id: 'content.at-least' });
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      return msg(str`must be at most ${maximum}`, { id: 'content.at-most' });
    }
    case 'invalid_key':
      return msg('a language key is not a language code such as "en" or "zh-Hant"', { id: 'content.language-key' });
    case 'custom':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : msg('is not valid', { id: 'content.invalid' });
    default:
      return issue.code.replace(/_/g, ' ');
  }
}
