import { expect } from '@open-wc/testing';
import { courseByZod } from '../../../src/components/course-catalog/catalog-checks.js';
import { parseFeed as parseFeedWith } from '../../../src/components/course-catalog/feed.js';
import { generateCourses } from './generate-courses.js';

/** The feed as the element parses it once its checks (zod) are here. */
const parseFeed = (input: unknown) => parseFeedWith(input, courseByZod)!;

describe('course feed parsing', () => {
  it('accepts an array or { courses }, keeping feed order', () => {
    const courses = generateCourses(3);
    // Good courses need no zod: the catalog shows them before its checks have loaded.
    expect(parseFeedWith(courses)?.courses.map((c) => c.id)).to.deep.equal(['course-1', 'course-2', 'course-3']);
    expect(parseFeed(courses).courses.map((c) => c.id)).to.deep.equal(['course-1', 'course-2', 'course-3']);
    expect(parseFeed({ courses }).courses).to.have.length(3);
    expect(parseFeed({ courses }).problems).to.deep.equal([]);
  });

  it('skips bad entries with their position, id, path and problem, and keeps the good ones', () => {
    const [good1, good2] = generateCourses(2);
    const feed = parseFeed([
      good1,
      { ...good2, id: 'no-format', format: 'on-line' },
      { id: 'bad-session', title: 'x', category: 'y', languages: ['en'], format: 'online', sessions: [{ start: '2027-01-01T18:00:00Z', end: '2027-01-01T17:00:00Z' }] },
      { title: 'no id', category: 'y', languages: [], format: 'online', sessions: [{ start: 'next tuesday', end: '2027-01-01T17:00:00Z' }] },
      { ...good1 }, // the same id again
      'not a course',
      good2,
    ]);
    expect(feed.courses.map((c) => c.id)).to.deep.equal([good1!.id, good2!.id]);
    expect(feed.skipped).to.equal(5);
    const at = (index: number) => feed.problems.filter((p) => p.index === index).map((p) => `${p.path}: ${p.message}`);
    expect(feed.problems.find((p) => p.index === 1)?.id).to.equal('no-format');
    expect(at(1)).to.deep.equal(['format: should be one of: in-person, online, hybrid']);
    expect(at(2)).to.deep.equal(['sessions[0].end: ends before it starts']);
    expect(at(3)).to.have.members([
      'id: is missing',
      'languages: should have at least 1 entries',
      'sessions[0].start: should be a date and time with an offset, like 2026-12-03T18:00:00-06:00',
    ]);
    expect(at(4)).to.deep.equal(['id: repeats the id of an earlier course']);
    expect(at(5)).to.deep.equal([': should be an object']);
  });

  it('says so when the feed is neither a list nor { courses }', () => {
    const feed = parseFeed({ items: [] });
    expect(feed.courses).to.deep.equal([]);
    expect(feed.problems[0]!.index).to.equal(-1);
    expect(feed.problems[0]!.message).to.contain('"courses"');
  });
});

describe('the sample feed (samples/courses.json)', () => {
  it('has at least 30 valid courses in the four strands, in several languages', async () => {
    const response = await fetch(new URL('../../../samples/courses.json', import.meta.url));
    const feed = parseFeed(await response.json());
    expect(feed.problems).to.deep.equal([]);
    expect(feed.courses.length).to.be.at.least(30);
    const strands = new Set(feed.courses.map((c) => (typeof c.category === 'string' ? c.category : c.category['en'])));
    expect([...strands]).to.have.members(['Parents as Teachers', 'Parents as Advocates', 'Parents as Leaders', 'Parents as Learners']);
    const languages = new Set(feed.courses.flatMap((c) => c.languages));
    expect([...languages]).to.include.members(['en', 'es', 'vi', 'ar', 'so']);
    expect(feed.courses.some((c) => c.remaining === 0), 'a full course for the waitlist').to.equal(true);
  });
});
