import { expect } from '@open-wc/testing';
import type { Course } from '../../../src/components/course-catalog/course.schema.js';
import { NO_FILTERS } from '../../../src/components/course-catalog/catalog-view.js';
import { buildIndex, filterCourses, keyOf, normalize, type CourseFilters } from '../../../src/components/course-catalog/search.js';

const base = { languages: ['en'], format: 'in-person' as const, sessions: [] };
const at = (iso: string) => [{ start: iso, end: new Date(Date.parse(iso) + 3_600_000).toISOString() }];

// Mondays and Saturdays in 2027 (UTC); 2027-03-01 is a Monday.
const courses: Course[] = [
  {
    ...base,
    id: 'english',
    title: { en: 'English for parents', es: 'Inglés para padres' },
    category: { en: 'Parents as Learners', es: 'Padres como estudiantes' },
    languages: ['en', 'es'],
    location: 'Eastside Library',
    sessions: at('2027-03-01T18:00:00Z'),
    childcare: true,
  },
  {
    ...base,
    id: 'math',
    title: 'Math homework help',
    description: { en: 'Fractions and more', vi: 'Giúp con học toán phân số' },
    category: 'Parents as Teachers',
    format: 'online',
    sessions: at('2027-03-06T16:00:00Z'),
  },
  {
    ...base,
    id: 'leaders',
    title: { en: 'School site council basics', ar: 'أساسيات مجلس المدرسة' },
    category: 'Parents as Leaders',
    languages: ['ar', 'en'],
    format: 'hybrid',
    location: { en: 'César Chávez Community Center', es: 'Centro Comunitario César Chávez' },
    sessions: at('2027-02-01T18:00:00Z'),
    childcare: 'Ages 2 to 10',
  },
  {
    ...base,
    id: 'vietnamese',
    title: { en: 'Talking with teachers', vi: 'Nói chuyện với giáo viên' },
    category: 'Parents as Advocates',
    languages: ['vi'],
    location: 'Eastside Library',
    sessions: at('2027-04-10T17:00:00Z'),
    childcare: false,
  },
];

const index = buildIndex(courses, Date.parse('2026-12-01T00:00:00Z'));
const ids = (query: string, filters: Partial<CourseFilters> = {}, sort: 'date' | 'title' = 'date', locale = 'en', timeZone = 'UTC') =>
  filterCourses(index, query, { ...NO_FILTERS, ...filters }, { sort, locale, timeZone }).map((i) => i.course.id);

describe('course search', () => {
  it('ignores case and accents, also Vietnamese letters such as đ and tone marks', () => {
    expect(normalize('Inglés PARA Padres')).to.equal('ingles para padres');
    expect(normalize('Tiếng Việt đọc')).to.equal('tieng viet doc');
    expect(ids('ingles')).to.deep.equal(['english']);
    expect(ids('INGLÉS')).to.deep.equal(['english']);
    expect(ids('chavez')).to.deep.equal(['leaders']);
    expect(ids('giao vien')).to.deep.equal(['vietnamese']);
    expect(ids('Nói chuyện')).to.deep.equal(['vietnamese']);
  });

  it("matches any locale's title, description, category and location, every word", () => {
    expect(ids('padres')).to.deep.equal(['english']); // Spanish title and category
    expect(ids('phan so')).to.deep.equal(['math']); // Vietnamese description
    expect(ids('مجلس')).to.deep.equal(['leaders']); // Arabic title
    expect(ids('centro comunitario')).to.deep.equal(['leaders']); // Spanish location
    expect(ids('eastside')).to.have.members(['english', 'vietnamese']);
    expect(ids('eastside talking')).to.deep.equal(['vietnamese']);
    expect(ids('eastside cooking')).to.deep.equal([]);
    expect(ids('   ')).to.have.length(4);
  });

  it('filters by category, language, format, location, day of week and childcare', () => {
    expect(ids('', { category: keyOf('Parents as Teachers') })).to.deep.equal(['math']);
    expect(ids('', { category: 'parents-as-learners' })).to.deep.equal(['english']);
    expect(ids('', { language: 'es' })).to.deep.equal(['english']);
    expect(ids('', { language: 'ar' })).to.deep.equal(['leaders']);
    expect(ids('', { format: 'online' })).to.deep.equal(['math']);
    expect(ids('', { format: 'hybrid' })).to.deep.equal(['leaders']);
    expect(ids('', { location: 'eastside-library' })).to.deep.equal(['english', 'vietnamese']);
    expect(ids('', { location: keyOf({ en: 'César Chávez Community Center' }) })).to.deep.equal(['leaders']);
    expect(ids('', { day: 1 })).to.deep.equal(['leaders', 'english']);
    expect(ids('', { day: 6 })).to.deep.equal(['math', 'vietnamese']);
    expect(ids('', { day: 3 })).to.deep.equal([]);
    // true and a note both mean childcare is offered; false does not
    expect(ids('', { childcare: true })).to.deep.equal(['leaders', 'english']);
  });

  it('combines filters with each other and with the search', () => {
    expect(ids('', { location: 'eastside-library', childcare: true })).to.deep.equal(['english']);
    expect(ids('', { language: 'en', day: 1, format: 'in-person' })).to.deep.equal(['english']);
    expect(ids('council', { language: 'en', childcare: true, day: 1 })).to.deep.equal(['leaders']);
    expect(ids('council', { language: 'es' })).to.deep.equal([]);
  });

  it('counts the day of the week in the display time zone', () => {
    // Monday 2027-02-01 18:00 UTC is still Monday in Los Angeles; Saturday 16:00 UTC
    // (math) is Sunday early morning in Auckland.
    expect(ids('', { day: 0 }, 'date', 'en', 'Pacific/Auckland')).to.include('math');
    expect(ids('', { day: 6 }, 'date', 'en', 'Pacific/Auckland')).to.not.include('math');
    expect(ids('', { day: 1 }, 'date', 'en', 'America/Los_Angeles')).to.deep.equal(['leaders', 'english']);
  });

  it('sorts by next session or by title in the collation of the active locale', () => {
    expect(ids('')).to.deep.equal(['leaders', 'english', 'math', 'vietnamese']);
    expect(ids('', {}, 'title', 'en')).to.deep.equal(['english', 'math', 'leaders', 'vietnamese']);
    // Spanish titles: "Inglés…", "Math…", "School…", and the Vietnamese course falls back to English "Talking…"
    expect(ids('', {}, 'title', 'es')).to.deep.equal(['english', 'math', 'leaders', 'vietnamese']);
    // Vietnamese: "Nói chuyện…" is the course's own title, the others fall back to English
    expect(ids('', {}, 'title', 'vi')).to.deep.equal(['english', 'math', 'vietnamese', 'leaders']);
  });

  it('puts courses with nothing ahead last in the date sort', () => {
    const idx = buildIndex(
      [
        { ...base, id: 'past', title: 'Past', category: 'x', sessions: at('2026-01-05T18:00:00Z') },
        { ...base, id: 'later', title: 'Later', category: 'x', sessions: at('2027-05-05T18:00:00Z') },
        { ...base, id: 'soon', title: 'Soon', category: 'x', sessions: at('2027-01-05T18:00:00Z') },
      ],
      Date.parse('2026-12-01T00:00:00Z'),
    );
    const order = filterCourses(idx, '', NO_FILTERS, { sort: 'date', locale: 'en' }).map((i) => i.course.id);
    expect(order).to.deep.equal(['soon', 'later', 'past']);
  });
});
