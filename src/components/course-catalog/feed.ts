import { msg } from '@lit/localize';
import { checkCourse, COURSE_KEYS } from './course-check.js';
import type { Course } from './course.schema.js';

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

/**
 * What zod says of an entry the quick check could not vouch for: the course,
 * or its problems (catalog-checks.ts, loaded lazily, so the feed path carries no zod).
 */
export type CourseFallback = (entry: unknown) => Course | Pick<FeedProblem, 'path' | 'message'>[];

/** The fallback when the checks could not be loaded (offline): what the quick check declines is skipped, unexplained. */
export const declineCourse: CourseFallback = () => [{ path: '', message: msg('is not valid', { id: 'catalog.problem.invalid' }) }];

/**
 * Validates a feed: a JSON array of courses or `{ "courses": [...] }`
 * (CONTRACT.md §3). Bad entries (and repeated ids) are skipped and listed; the
 * good ones are kept in feed order. Unknown keys are ignored with one console
 * warning, so a typo such as `titel` is found. Undefined when an entry needs
 * `fallback` (zod) and none was given: load the checks and call again.
 */
export function parseFeed(input: unknown, fallback?: CourseFallback): Feed | undefined {
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
  for (const [index, entry] of list.entries()) {
    const raw = entry as { id?: unknown } | null;
    const id = raw && typeof raw === 'object' && typeof raw.id === 'string' && raw.id ? raw.id : undefined;
    // The quick check vouches for nearly every entry; zod sees the rest and names their problems.
    let course = checkCourse(entry);
    if (!course) {
      if (!fallback) return undefined;
      const checked = fallback(entry);
      if (Array.isArray(checked)) {
        skipped++;
        for (const problem of checked) problems.push({ index, id, ...problem });
        continue;
      }
      course = checked;
    }
    if (seen.has(course.id)) {
      skipped++;
      problems.push({
        index,
        id,
        path: 'id',
        message: msg('repeats the id of an earlier course', { id: 'catalog.problem.duplicate' }),
      });
      continue;
    }
    seen.add(course.id);
    courses.push(course);
    if (unknown.length < 20) {
      // for…in, not Object.keys: no array per course.
      for (const key in entry as object) {
        if (!COURSE_KEYS.has(key) && Object.hasOwn(entry as object, key)) unknown.push(`[${index}].${key}`);
      }
    }
  }
  if (unknown.length) {
    console.warn(`family-course-catalog: unknown keys ignored in the course feed: ${unknown.join(', ')}`);
  }
  return { courses, problems, skipped };
}
