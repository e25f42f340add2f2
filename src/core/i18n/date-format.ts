import { intlHasLocale } from './intl-has-locale.js';

/**
 * Dates and times through `Intl.DateTimeFormat`, except for locales whose data
 * the browser lacks (Somali and Haitian Creole in Chromium silently come out in
 * English): those use the library's own words below, machine-made and awaiting
 * review (README).
 */
interface DateWords {
  months: readonly string[];
  weekdays: readonly string[]; // Sunday first
  /** "Khamiis, 3 Desembar 2026" */
  date: (weekday: string, day: number, month: string, year: number) => string;
  /** joins a date and a time */
  at: string;
}

const OWN_WORDS: Readonly<Record<string, DateWords>> = {
  so: {
    months: ['Janaayo', 'Febraayo', 'Maarso', 'Abriil', 'May', 'Juun', 'Luuliyo', 'Ogost', 'Sebtembar', 'Oktoobar', 'Nofembar', 'Desembar'],
    weekdays: ['Axad', 'Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti'],
    date: (w, d, m, y) => `${w}, ${d} ${m} ${y}`,
    at: ', ',
  },
  ht: {
    months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
    weekdays: ['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'],
    date: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
    at: ' a ',
  },
};

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Making an `Intl.DateTimeFormat` costs far more than using one, and a catalog formats dozens per keystroke. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

function partsIn(date: Date, timeZone?: string): Parts {
  const fmt = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const { type, value } of fmt.formatToParts(date)) p[type] = value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday ?? ''),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
  };
}

const ownWordsFor = new Map<string, DateWords | undefined>();

function ownWords(locale: string): DateWords | undefined {
  if (!ownWordsFor.has(locale)) {
    const words = OWN_WORDS[locale.split('-')[0] ?? ''];
    ownWordsFor.set(locale, words && !intlHasLocale(locale, Intl.DateTimeFormat) ? words : undefined);
  }
  return ownWordsFor.get(locale);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "Thursday, December 3, 2026" in the active locale. */
export function formatDate(date: Date, locale: string, timeZone?: string): string {
  const words = ownWords(locale);
  if (words) {
    const p = partsIn(date, timeZone);
    return words.date(words.weekdays[p.weekday]!, p.day, words.months[p.month - 1]!, p.year);
  }
  return dateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(date);
}

/** "6:00 PM" in the active locale (24-hour clock in the library's own tables). */
export function formatTime(date: Date, locale: string, timeZone?: string): string {
  if (ownWords(locale)) {
    const p = partsIn(date, timeZone);
    return `${two(p.hour)}:${two(p.minute)}`;
  }
  return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date);
}

/** A date-time range: "Thursday, December 3, 2026, 6:00 – 7:30 PM". */
export function formatDateTimeRange(start: Date, end: Date | undefined, locale: string, timeZone?: string): string {
  const words = ownWords(locale);
  if (words) {
    const from = `${formatDate(start, locale, timeZone)}${words.at}${formatTime(start, locale, timeZone)}`;
    if (!end) return from;
    const sameDay = formatDate(start, locale, timeZone) === formatDate(end, locale, timeZone);
    return `${from} – ${sameDay ? formatTime(end, locale, timeZone) : `${formatDate(end, locale, timeZone)}${words.at}${formatTime(end, locale, timeZone)}`}`;
  }
  const fmt = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return end ? fmt.formatRange(start, end) : fmt.format(start);
}
