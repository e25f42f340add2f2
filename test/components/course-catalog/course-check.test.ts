import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { checkCourse, COURSE_KEYS } from '../../../src/components/course-catalog/course-check.js';
import { INSTANT } from '../../../src/components/course-catalog/course-fields.js';
import { courseSchema } from '../../../src/components/course-catalog/course.schema.js';
import { generateCourses } from './generate-courses.js';
import { expectSameParse } from '../../same-parse.js';

const validKey = fc.constantFrom('en', 'es', 'zh-Hant', 'pt_BR', 'zh-Hant-TW', 'som');
const anyKey = fc.oneof(validKey, fc.constantFrom('e', 'engl', 'en-', 'en-a', '1a', '__proto__', 'constructor', '12'), fc.string({ maxLength: 6 }));
const validText = fc.oneof(fc.string({ maxLength: 8 }), fc.dictionary(validKey, fc.string({ maxLength: 8 }), { maxKeys: 3 }));
const anyText = fc.oneof(
  validText,
  fc.dictionary(anyKey, fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant(null)), { maxKeys: 3 }),
  fc.anything(),
);
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });
const validSession = fc.tuple(date, fc.nat(10 * 86_400_000)).map(([d, length]) => ({
  start: d.toISOString(),
  end: new Date(d.getTime() + length).toISOString(),
}));
const instant = fc.oneof(
  date.map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-12-03T18:00:00-06:00',
    '2026-12-03T18:00:00+05:30',
    '2026-12-03T18:00:00.5Z',
    '2024-02-29T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-12-03T24:00:00Z',
    '2026-12-03T18:00Z',
    '2026-12-03T18:00:00',
    '2026-12-03 18:00:00Z',
    '2026-12-03T18:00:00+0600',
    'next tuesday',
  ),
);
const anySession = fc.oneof(
  validSession,
  validSession.map((s) => ({ ...s, room: '4' })),
  fc.record({ start: instant, end: instant }),
  fc.record({ start: fc.anything(), end: instant }, { requiredKeys: [] }),
  fc.anything(),
);
const validCount = fc.nat(50);
const anyCount = fc.oneof(validCount, fc.integer({ min: -3, max: 50 }), fc.double(), fc.constantFrom(-0, 2 ** 53, Number.MAX_SAFE_INTEGER, Infinity, NaN, '3'));

/** Mostly the valid value, sometimes an edge case, undefined, or anything at all. */
const field = <T, U>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: edge }, { weight: 1, arbitrary: fc.constant(undefined) });

/** Courses near the edge of valid: most keys well formed, a few not, or left out. */
const course = fc
  .tuple(
    fc.record({
      id: field(fc.string({ minLength: 1, maxLength: 10 }), fc.oneof(fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201)), fc.anything())),
      title: field(validText, anyText),
      description: field(validText, anyText),
      category: field(validText, anyText),
      languages: field(fc.array(validKey, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(anyKey, fc.integer()), { maxLength: 3 })),
      format: field(fc.constantFrom('in-person', 'online', 'hybrid'), fc.constantFrom('on-line', 'In person', 3)),
      location: field(validText, anyText),
      sessions: field(fc.array(validSession, { maxLength: 3 }), fc.array(anySession, { maxLength: 3 })),
      childcare: field(fc.oneof(fc.boolean(), validText), anyText),
      cost: field(fc.oneof(validCount, fc.double({ min: 0, max: 100, noNaN: true }), validText), fc.oneof(anyCount, anyText)),
      capacity: field(validCount, anyCount),
      remaining: field(validCount, anyCount),
      titel: fc.string(),
    }),
    fc.subarray(['id', 'title', 'description', 'category', 'languages', 'location', 'sessions', 'childcare', 'cost', 'titel'], { maxLength: 2 }),
  )
  .map(([entry, leftOut]) => {
    const out: Record<string, unknown> = { ...entry };
    for (const key of leftOut) delete out[key];
    return out;
  });

describe('the quick course check', () => {
  it('vouches for every generated and sample course, parsing each exactly as zod does', async () => {
    const response = await fetch(new URL('../../../samples/courses.json', import.meta.url));
    const body = (await response.json()) as unknown;
    const samples = Array.isArray(body) ? body : (body as { courses: unknown[] }).courses;
    for (const entry of [...generateCourses(300), ...samples]) {
      const quick = checkCourse(entry);
      expect(quick, JSON.stringify(entry)).to.not.equal(undefined);
      expectSameParse(quick, z.parse(courseSchema, entry));
    }
  });

  it('never accepts what zod rejects, and parses what it accepts exactly as zod does', () => {
    let vouched = 0;
    fc.assert(
      fc.property(course, (entry) => {
        const quick = checkCourse(entry);
        if (quick === undefined) return;
        vouched++;
        const result = z.safeParse(courseSchema, entry);
        expect(result.success, JSON.stringify(entry)).to.equal(true);
        expectSameParse(quick, result.data);
      }),
      // A fixed seed: the same 1,000 cases on every run (each one a zod parse; 3,000 took over 10 s on a loaded machine).
      { numRuns: 1000, seed: 20261130 },
    );
    expect(vouched, 'courses the check vouched for').to.be.above(100);
  });

  it("checks dates with zod's own pattern and knows the schema's keys", () => {
    expect(INSTANT.source).to.equal(z.iso.datetime({ offset: true }).def.pattern!.source);
    expect([...COURSE_KEYS]).to.deep.equal(Object.keys(courseSchema.def.shape));
  });

  it('orders sessions by the instant, across offsets, as zod does', () => {
    const [good] = generateCourses(1);
    const withSession = (start: string, end: string) => ({ ...good, sessions: [{ start, end }] });
    // The same length, later as text, earlier in time.
    const crossed = withSession('2026-12-03T18:00:00-06:00', '2026-12-03T20:00:00+05:30');
    expect(checkCourse(crossed)).to.equal(undefined);
    expect(z.safeParse(courseSchema, crossed).success).to.equal(false);
    const later = withSession('2026-12-03T18:00:00+05:30', '2026-12-03T14:00:00-06:00');
    expectSameParse(checkCourse(later), z.parse(courseSchema, later));
    const sameInstant = withSession('2026-12-03T18:00:00Z', '2026-12-03T12:00:00-06:00');
    expectSameParse(checkCourse(sameInstant), z.parse(courseSchema, sameInstant));
    expect(checkCourse(withSession('2026-12-03T18:00:00Z', '2026-12-03T17:59:59Z'))).to.equal(undefined);
  });

  it('leaves anything that is not a plain object to zod', () => {
    const [good] = generateCourses(1);
    class Course {
      constructor() {
        Object.assign(this, good);
      }
    }
    expect(checkCourse(new Course())).to.equal(undefined);
    expect(checkCourse({ ...good, title: Object.assign(new (class Title {})(), { en: 'x' }) })).to.equal(undefined);
    expect(checkCourse({ ...good, title: { en: 'x', [Symbol('s')]: 'y' } })).to.equal(undefined);
    expect(checkCourse(Object.assign(Object.create(null), good))).to.deep.equal(z.parse(courseSchema, good));
    expect(checkCourse([good])).to.equal(undefined);
  });
});
