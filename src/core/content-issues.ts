/**
 * zod/mini ships no messages ("Invalid input"): how a problem in a content file
 * (an event, a tip, a survey definition) is told to the webmaster who edits it,
 * in words they can act on. Technical, for that person, so not localized. Each
 * element's checks say their special cases first and leave the rest to this.
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

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** What is wrong at the issue's path (the path itself is the caller's to write). */
export function describeContentIssue(issue: ContentIssue): string {
  switch (issue.code) {
    case 'invalid_union':
      // the unions of content files are LocalizedText: a string or a map of language code to string
      return 'expected text, or a map of language code to text ({"en": "…", "es": "…"})';
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `expected ${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'another type'}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_key':
      return 'a language key is not a language code such as "en" or "zh-Hant"';
    case 'custom':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
    default:
      return issue.code.replace(/_/g, ' ');
  }
}
