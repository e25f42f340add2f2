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

/** Each key of `courseSchema` in its order, with its check and whether it may be left out. */
const FIELDS: readonly [key: keyof Course, check: (value: unknown) => unknown, optional: boolean][] = [
  ['id', (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 200 ? v : undefined), false],
  ['title', text, false],
  ['description', text, true],
  ['category', text, false],
  ['languages', languages, false],
  ['format', format, false],
  ['location', text, true],
  ['sessions', sessions, false],
  ['childcare', childcare, true],
  ['cost', cost, true],
  ['capacity', count, true],
  ['remaining', count, true],
];

/** Every key a course may have (others are ignored, with a warning, by `parseFeed`). */
export const COURSE_KEYS: ReadonlySet<string> = new Set(FIELDS.map(([key]) => key));

/**
 * The course as `courseSchema` would parse it (unknown keys dropped, keys in
 * the schema's order), or undefined when this check cannot vouch for it.
 */
export function checkCourse(entry: unknown): Course | undefined {
  if (!isPlain(entry)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, check, optional] of FIELDS) {
    // As zod does: an optional key left out stays out; one present as undefined stays, as undefined.
    if (optional && (!(key in entry) || entry[key] === undefined)) {
      if (key in entry) out[key] = undefined;
      continue;
    }
    const value = check(entry[key]);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out as unknown as Course;
}
