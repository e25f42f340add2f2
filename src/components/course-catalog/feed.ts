import { msg, str } from '@lit/localize';
import type { $ZodIssue } from 'zod/v4/core';
import * as z from 'zod/mini';
import { checkCourse } from './course-check.js';
import { courseSchema, type Course } from './course.schema.js';

/** One thing wrong in a feed, for the webmaster. */
export interface FeedProblem {
  /** Position of the course in the feed (0-based), or -1 for the feed as a whole. */
  index: number;
  /** The entry's `id`, when it has a usable one. */
  id?: string;
  /** Where inside the entry, e.g. `sessions[0].end` ('' for the entry itself). */
  path: string;
  /** What is wrong, in the active locale. */
  message: string;
}

export interface Feed {
  /** The good courses, in feed order. */
  courses: Course[];
  /** Every problem of the skipped entries (several per entry are possible). */
  problems: FeedProblem[];
  /** How many entries were skipped. */
  skipped: number;
}

/** A feed that could not be used at all; `kind` is the `family-error` kind. */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'definition',
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

const KNOWN_KEYS = new Set(Object.keys(courseSchema.def.shape));

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

/**
 * Validates a feed: a JSON array of courses or `{ "courses": [...] }`
 * (CONTRACT.md §3). Bad entries (and repeated ids) are skipped and listed; the
 * good ones are kept in feed order. Unknown keys are ignored with one console
 * warning, so a typo such as `titel` is found.
 */
export function parseFeed(input: unknown): Feed {
  const list = Array.isArray(input)
    ? input
    : input !== null && typeof input === 'object' && Array.isArray((input as { courses?: unknown }).courses)
      ? (input as { courses: unknown[] }).courses
      : undefined;
  if (!list) {
    return {
      courses: [],
      skipped: 0,
      problems: [
        {
          index: -1,
          path: '',
          message: msg('The feed should be a list of courses, or an object with a "courses" list.', {
            id: 'catalog.problem.shape',
          }),
        },
      ],
    };
  }
  const courses: Course[] = [];
  const problems: FeedProblem[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  let skipped = 0;
  list.forEach((entry, index) => {
    const raw = entry as { id?: unknown } | null;
    const id = raw && typeof raw === 'object' && typeof raw.id === 'string' && raw.id ? raw.id : undefined;
    // The quick check vouches for nearly every entry; zod sees the rest and names their problems.
    let course = checkCourse(entry);
    if (!course) {
      const result = z.safeParse(courseSchema, entry);
      if (!result.success) {
        skipped++;
        for (const issue of result.error.issues) {
          problems.push({ index, id, path: pathText(issue.path), message: issueText(issue, entry) });
        }
        return;
      }
      course = result.data;
    }
    if (seen.has(course.id)) {
      skipped++;
      problems.push({
        index,
        id,
        path: 'id',
        message: msg('repeats the id of an earlier course', { id: 'catalog.problem.duplicate' }),
      });
      return;
    }
    seen.add(course.id);
    courses.push(course);
    if (unknown.length < 20) {
      for (const key of Object.keys(entry as object)) {
        if (!KNOWN_KEYS.has(key)) unknown.push(`[${index}].${key}`);
      }
    }
  });
  if (unknown.length) {
    console.warn(`family-course-catalog: unknown keys ignored in the course feed: ${unknown.join(', ')}`);
  }
  return { courses, problems, skipped };
}

/** Loads and validates `src`; a fetch failure, an HTTP error or a body that is not JSON throws a `FeedError`. */
export async function fetchFeed(src: string, signal?: AbortSignal): Promise<Feed> {
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError(
      msg(str`The course list could not be loaded from ${src}.`, { id: 'catalog.feed.unreachable' }),
      'network',
    );
  }
  if (!response.ok) {
    const status = response.status;
    throw new FeedError(
      msg(str`The course list could not be loaded from ${src} (HTTP ${status}).`, { id: 'catalog.feed.http' }),
      'network',
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new FeedError(msg(str`The course list at ${src} is not valid JSON.`, { id: 'catalog.feed.json' }), 'definition');
  }
  return parseFeed(body);
}
