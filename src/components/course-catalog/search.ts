import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { resolveText, textLanguages } from '../../core/i18n/resolve-text.js';
import type { CourseFormat } from './course-fields.js';
import type { Course } from './course.schema.js';

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type CourseSort = 'date' | 'title';

export interface CourseFilters {
  /** A category key (`keyOf`), or '' for any. */
  category: string;
  /** A language code as the feed writes it, or '' for any. */
  language: string;
  format: CourseFormat | '';
  /** A location key, or '' for any. */
  location: string;
  /** Only courses meeting on this day of the week (in the display time zone). */
  day: Weekday | null;
  /** Only courses that offer childcare. */
  childcare: boolean;
}

/** What the search looks through, worked out once when the feed loads. */
export interface IndexedCourse {
  readonly course: Course;
  /** Position in the feed. */
  readonly order: number;
  /** Every locale's title, description, category and location, normalised (`normalize`); see `prepareSearch`. */
  text: string;
  readonly category: string;
  readonly location: string;
  /** Lower-cased language codes. */
  readonly languages: readonly string[];
  readonly childcare: boolean;
  /** Session starts (ms), in feed order. */
  readonly starts: readonly number[];
  /** The first session start at or after `now`, or `Infinity` when none is ahead. */
  readonly next: number;
}

export interface FilterOption {
  /** The value kept in the filter and the URL hash. */
  key: string;
  /** How the feed names it (may be a locale map). */
  label: LocalizedText;
}

export interface CourseIndex {
  readonly items: readonly IndexedCourse[];
  readonly categories: readonly FilterOption[];
  readonly locations: readonly FilterOption[];
  /** Language codes as the feed writes them, first-seen order. */
  readonly languages: readonly string[];
  /** Whether every course's `text` is built (`prepareSearch`). */
  searchReady: boolean;
  /** Cached sort orders and weekday sets (filled on first use). */
  readonly sorted: Map<string, readonly IndexedCourse[]>;
  readonly weekdays: Map<string, Uint8Array>;
}

// Letters NFD does not take apart (Vietnamese đ, Nordic ø, Polish ł …).
const FOLD: Readonly<Record<string, string>> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const FOLD_RE = /[đðøłßæœı]/g;
const HAS_FOLD = /[đðøłßæœı]/;
const MARKS_RE = /\p{M}+/gu;
const SPACE_RE = /\s+/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents and other combining marks removed ("Inglés" → "ingles", "Tiếng Việt" → "tieng viet"). */
export function normalize(text: string): string {
  let out = text.toLowerCase();
  // Plain ASCII (most English text) has nothing to take apart.
  if (NON_ASCII.test(out)) {
    out = out.normalize('NFD').replace(MARKS_RE, '');
    if (HAS_FOLD.test(out)) out = out.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  }
  return out.replace(SPACE_RE, ' ');
}

const keys = new Map<string, string>();

/** A stable key for a category or location: its English (else first) text, normalised to a slug. */
export function keyOf(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  const source = resolveText(text, 'en').text;
  let key = keys.get(source);
  if (key === undefined) {
    // A feed repeats a handful of categories and places thousands of times: slug each once.
    key = normalize(source)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    if (keys.size < 10_000) keys.set(source, key);
  }
  return key;
}

function allTexts(text: LocalizedText | undefined, out: string[]): void {
  if (text === undefined) return;
  if (typeof text === 'string') out.push(text);
  else for (const lang of textLanguages(text)) out.push(text[lang] ?? '');
}

function addOption(map: Map<string, FilterOption>, text: LocalizedText | undefined): string {
  const key = keyOf(text);
  if (key && text !== undefined && !map.has(key)) map.set(key, { key, label: text });
  return key;
}

/** Builds the search index once per feed: every string a keystroke needs is ready. */
export function buildIndex(courses: readonly Course[], now: number = Date.now()): CourseIndex {
  const categories = new Map<string, FilterOption>();
  const locations = new Map<string, FilterOption>();
  const languages = new Map<string, string>();
  const items = courses.map((course, order): IndexedCourse => {
    const starts = course.sessions.map((s) => Date.parse(s.start));
    let next = Infinity;
    for (const t of starts) if (t >= now && t < next) next = t;
    for (const code of course.languages) {
      if (!languages.has(code.toLowerCase())) languages.set(code.toLowerCase(), code);
    }
    return {
      course,
      order,
      text: '',
      category: addOption(categories, course.category),
      location: addOption(locations, course.location),
      languages: course.languages.map((l) => l.toLowerCase()),
      childcare: course.childcare !== undefined && course.childcare !== false,
      starts,
      next,
    };
  });
  return {
    items,
    categories: [...categories.values()],
    locations: [...locations.values()],
    languages: [...languages.values()],
    searchReady: false,
    sorted: new Map(),
    weekdays: new Map(),
  };
}

/**
 * Builds the normalised text of every course, once per feed. The element runs
 * it right after the first render (so 5,000 courses show at once) and the
 * search runs it if a query comes first; each keystroke then only scans.
 */
export function prepareSearch(index: CourseIndex): void {
  if (index.searchReady) return;
  for (const item of index.items) {
    const texts: string[] = [];
    allTexts(item.course.title, texts);
    allTexts(item.course.description, texts);
    allTexts(item.course.category, texts);
    allTexts(item.course.location, texts);
    item.text = normalize(texts.join('\n'));
  }
  index.searchReady = true;
}

/** The weekday of an instant in `timeZone`, from a UTC offset cached per day (offsets change twice a year at most). */
function weekdayReader(timeZone: string | undefined): (t: number) => number {
  if (!timeZone) return (t) => new Date(t).getDay();
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsetAt = (t: number): number => {
    const p: Record<string, number> = {};
    for (const { type, value } of fmt.formatToParts(t)) p[type] = Number(value);
    const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!);
    return local - Math.floor(t / 60000) * 60000;
  };
  const perDay = new Map<number, number | null>();
  const DAY = 86_400_000;
  return (t) => {
    const day = Math.floor(t / DAY);
    let offset = perDay.get(day);
    if (offset === undefined) {
      const a = offsetAt(day * DAY);
      offset = a === offsetAt(day * DAY + DAY - 1) ? a : null;
      perDay.set(day, offset);
    }
    return new Date(t + (offset ?? offsetAt(t))).getUTCDay();
  };
}

/** For each course, a bit per weekday it meets on in `timeZone` (computed on the first day filter, then cached). */
export function weekdaysIn(index: CourseIndex, timeZone: string | undefined): Uint8Array {
  const key = timeZone ?? '';
  let days = index.weekdays.get(key);
  if (!days) {
    const read = weekdayReader(timeZone);
    days = new Uint8Array(index.items.length);
    index.items.forEach((item, i) => {
      let bits = 0;
      for (const t of item.starts) bits |= 1 << read(t);
      days![i] = bits;
    });
    index.weekdays.set(key, days);
  }
  return days;
}

/** The courses in `sort` order (title in the collation of `locale`), cached per sort and locale. */
export function sortedCourses(index: CourseIndex, sort: CourseSort, locale: string): readonly IndexedCourse[] {
  const key = sort === 'title' ? `title:${locale}` : 'date';
  let list = index.sorted.get(key);
  if (!list) {
    if (sort === 'title') {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const titles = index.items.map((item) => resolveText(item.course.title, locale).text);
      list = [...index.items].sort((a, b) => collator.compare(titles[a.order]!, titles[b.order]!) || a.order - b.order);
    } else {
      // Soonest next session first; courses with nothing ahead last, most recent first.
      const last = index.items.map((item) => (item.starts.length ? Math.max(...item.starts) : -Infinity));
      list = [...index.items].sort(
        (a, b) =>
          (a.next === b.next ? 0 : a.next < b.next ? -1 : 1) ||
          (last[a.order] === last[b.order] ? 0 : last[a.order]! > last[b.order]! ? -1 : 1) ||
          a.order - b.order,
      );
    }
    index.sorted.set(key, list);
  }
  return list;
}

export interface FilterOptions {
  sort: CourseSort;
  /** Active UI locale, for the title sort. */
  locale: string;
  /** Display time zone for the day filter (default: the browser's). */
  timeZone?: string;
}

/**
 * The courses matching `query` (every word must appear, in any locale's text,
 * ignoring case and accents) and `filters`, in `sort` order. Per call this is a
 * scan of precomputed strings and keys.
 */
export function filterCourses(
  index: CourseIndex,
  query: string,
  filters: Readonly<CourseFilters>,
  options: FilterOptions,
): IndexedCourse[] {
  const terms = normalize(query).split(' ').filter(Boolean);
  if (terms.length) prepareSearch(index);
  const language = filters.language.toLowerCase();
  const days = filters.day === null ? undefined : weekdaysIn(index, options.timeZone);
  const dayBit = filters.day === null ? 0 : 1 << filters.day;
  const out: IndexedCourse[] = [];
  for (const item of sortedCourses(index, options.sort, options.locale)) {
    if (filters.category && item.category !== filters.category) continue;
    if (filters.location && item.location !== filters.location) continue;
    if (filters.format && item.course.format !== filters.format) continue;
    if (filters.childcare && !item.childcare) continue;
    if (language && !item.languages.includes(language)) continue;
    if (days && !(days[item.order]! & dayBit)) continue;
    let all = true;
    for (const term of terms) {
      if (!item.text.includes(term)) {
        all = false;
        break;
      }
    }
    if (all) out.push(item);
  }
  return out;
}
