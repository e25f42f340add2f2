import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { COURSE_FORMATS, INSTANT, LANGUAGE_TAG } from './course-fields.js';
import type { Course, CourseSession } from './course.schema.js';

/*
 * Parsing 5,000 courses with zod took most of the catalog's first render. This
 * check is the same rules written out by hand, and never looser: whatever it
 * accepts, `courseSchema` accepts and parses to an equal course (a property
 * test holds it to that). Anything it is not sure of it declines, and the
 * feed asks zod, which also words the problems for the webmaster.
 */

/** Objects as zod's records accept them; anything unusual is left to zod. */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function text(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return value;
  if (!isPlain(value)) return undefined;
  const keys = Object.keys(value);
  if (Reflect.ownKeys(value).length !== keys.length) return undefined; // symbol or hidden keys
  const out: Record<string, string> = {};
  for (const key of keys) {
    const v = value[key];
    if (typeof v !== 'string' || !LANGUAGE_TAG.test(key)) return undefined;
    out[key] = v;
  }
  return out;
}

const count = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

/**
 * `Date.parse(end) < Date.parse(start)` without parsing the usual case: two
 * instants written alike (same length, same `Z` or offset) are in time order
 * as strings. Parsing 35,000 dates was the slowest part of this check.
 */
function endsBeforeStart(start: string, end: string): boolean {
  const alike = start.length === end.length && (start.endsWith('Z') ? end.endsWith('Z') : start.slice(-6) === end.slice(-6));
  return alike ? end < start : Date.parse(end) < Date.parse(start);
}

function sessions(value: unknown): CourseSession[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: CourseSession[] = [];
  for (const s of value as unknown[]) {
    if (!isPlain(s)) return undefined;
    const { start, end } = s;
    if (typeof start !== 'string' || typeof end !== 'string' || !INSTANT.test(start) || !INSTANT.test(end)) return undefined;
    if (endsBeforeStart(start, end)) return undefined;
    out.push({ start, end });
  }
  return out;
}

function languages(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length < 1) return undefined;
  for (const code of value as unknown[]) if (typeof code !== 'string' || !LANGUAGE_TAG.test(code)) return undefined;
  return [...(value as string[])];
}

const format = (value: unknown) => COURSE_FORMATS.find((f) => f === value);
const childcare = (value: unknown) => (typeof value === 'boolean' ? value : text(value));
const cost = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : text(value));

/** Every key of `courseSchema`, in its order (others are ignored, with a warning, by `parseFeed`). */
export const COURSE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'description',
  'category',
  'languages',
  'format',
  'location',
  'sessions',
  'childcare',
  'cost',
  'capacity',
  'remaining',
]);

const BAD = Symbol('bad');

/** An optional field: undefined stays undefined (zod keeps a key present as undefined), anything else is checked. */
function optional<T>(value: unknown, check: (value: unknown) => T | undefined): T | undefined | typeof BAD {
  return value === undefined ? undefined : (check(value) ?? BAD);
}

/**
 * The course as `courseSchema` would parse it (unknown keys dropped, keys in
 * the schema's order), or undefined when this check cannot vouch for it.
 * Written out field by field: a loop over the keys (dynamic property access)
 * took three times as long on a cold page.
 */
export function checkCourse(entry: unknown): Course | undefined {
  if (!isPlain(entry)) return undefined;
  const id = entry.id;
  const title = text(entry.title);
  const description = optional(entry.description, text);
  const category = text(entry.category);
  const codes = languages(entry.languages);
  const mode = format(entry.format);
  const location = optional(entry.location, text);
  const dates = sessions(entry.sessions);
  const care = optional(entry.childcare, childcare);
  const price = optional(entry.cost, cost);
  const capacity = optional(entry.capacity, count);
  const remaining = optional(entry.remaining, count);
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
  if (title === undefined || category === undefined || !codes || !mode || !dates) return undefined;
  if (description === BAD || location === BAD || care === BAD || price === BAD || capacity === BAD || remaining === BAD) return undefined;
  // As zod does: an optional key left out stays out; one present (even as undefined) stays.
  const out: Record<string, unknown> = { id, title };
  if ('description' in entry) out.description = description;
  out.category = category;
  out.languages = codes;
  out.format = mode;
  if ('location' in entry) out.location = location;
  out.sessions = dates;
  if ('childcare' in entry) out.childcare = care;
  if ('cost' in entry) out.cost = price;
  if ('capacity' in entry) out.capacity = capacity;
  if ('remaining' in entry) out.remaining = remaining;
  return out as unknown as Course;
}
