import { dirOf, matchLocale } from '../../core/i18n/locales.js';
import { resolveText, textLanguages, type LocalizedText, type ResolvedText } from '../../core/i18n/localized-text.js';
import { tipSchema, type Tip } from './tip.schema.js';

/** Every text of a tip, in reading order (for the languages it offers). */
function texts(tip: Tip): (LocalizedText | undefined)[] {
  return [
    tip.title,
    tip.subject,
    tip.about,
    ...(tip.steps ?? []),
    ...(tip.prompts ?? []),
    ...(tip.materials ?? []),
    ...(tip.links ?? []).map((l) => l.label),
    ...(tip.glossary ?? []).flatMap((g) => [g.term, g.meaning]),
  ];
}

/** The languages a tip is written in, in the order they first appear. */
export function tipLanguages(tip: Tip): string[] {
  const seen = new Map<string, string>();
  for (const text of texts(tip)) {
    for (const lang of textLanguages(text)) {
      const key = lang.toLowerCase();
      if (!seen.has(key)) seen.set(key, lang);
    }
  }
  return [...seen.values()];
}

/** The language of `languages` a reader of `locale` sees by default (same fallback as resolveText). */
export function defaultLanguage(languages: readonly string[], locale: string): string | undefined {
  return (
    languages.find((l) => l.toLowerCase() === locale.toLowerCase()) ??
    languages.find((l) => matchLocale(l) === locale) ??
    languages.find((l) => l.toLowerCase() === 'en') ??
    languages[0]
  );
}

/**
 * Resolves content text in the card's own content language, marking it with
 * `lang`/`dir` whenever it is not in the page's UI language: either it fell
 * back, or the family switched the card to another language.
 */
export function resolveContent(
  value: LocalizedText | undefined,
  contentLanguage: string,
  uiLocale: string,
): ResolvedText {
  const r = resolveText(value, contentLanguage);
  if (value === undefined || typeof value === 'string') return r;
  const lang = r.lang ?? contentLanguage;
  const sameAsUi = lang.toLowerCase() === uiLocale.toLowerCase() || matchLocale(lang) === uiLocale;
  return sameAsUi ? { text: r.text } : { text: r.text, lang, dir: dirOf(lang) };
}

/** One problem of a tip, for the webmaster: where and what. */
export interface TipProblem {
  path: string;
  problem: string;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

// zod/mini ships no messages ("Invalid input"), so say what was expected in
// words a webmaster can act on. Technical, for whoever edits the tip file.
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_union':
      return 'expected text, or a map of language code to text ({"en": "…", "es": "…"})';
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'a list' : (issue.expected ?? 'another type')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be more than ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_key':
      return 'a language key is not a language code such as "en" or "zh-Hant"';
    default:
      return issue.code.replace(/_/g, ' ');
  }
}

const TIP_KEYS = Object.keys(tipSchema.shape);
const ENTRY_KEYS: Record<string, string[]> = { links: ['label', 'href'], glossary: ['term', 'meaning'] };

/**
 * Keys the schema does not know, by JSON path (`prompt`, `links.0.url`): they
 * are ignored, so a typo would otherwise silently drop a section.
 */
export function unknownTipKeys(data: unknown): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !TIP_KEYS.includes(key));
  for (const [list, keys] of Object.entries(ENTRY_KEYS)) {
    const entries = record[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        for (const key of Object.keys(entry)) if (!keys.includes(key)) unknown.push(`${list}.${i}.${key}`);
      }
    });
  }
  return unknown;
}

/** Validates tip content with the one tip schema; lists every problem by JSON path. */
export function parseTip(data: unknown): { tip: Tip } | { problems: TipProblem[] } {
  const result = tipSchema.safeParse(data);
  const unknown = unknownTipKeys(data);
  if (unknown.length) {
    console.warn(`family-elements: <family-homework-tip> ignores unknown keys in the tip: ${unknown.join(', ')}`);
  }
  if (result.success) return { tip: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.length ? issue.path.map(String).join('.') : '(the tip)',
      problem: describe(issue as Issue),
    })),
  };
}

/** Why a tip could not be fetched: an HTTP status, or a network failure. */
export class TipFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status?: number,
  ) {
    super(status ? `HTTP ${status} from ${url}` : `no answer from ${url}`);
    this.name = 'TipFetchError';
  }
}

/**
 * Fetches a tip's JSON. A network failure or non-2xx is a TipFetchError;
 * a body that is not JSON is a list of problems, like any invalid tip.
 */
export async function fetchTip(
  src: string,
  signal: AbortSignal,
): Promise<{ tip: Tip } | { problems: TipProblem[] }> {
  const url = new URL(src, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new TipFetchError(url);
  }
  if (!response.ok) throw new TipFetchError(url, response.status);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return { problems: [{ path: '(the file)', problem: 'is not valid JSON' }] };
  }
  return parseTip(data);
}
