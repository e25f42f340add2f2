import { DEFAULT_VIEW, type CatalogView } from './catalog-view.js';
import { COURSE_FORMATS, type CourseFormat } from './course-fields.js';
import type { Weekday } from './search.js';

/** Weekday names in the hash, Sunday first like `Date.getDay()`. */
export const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export function isDefaultView(view: Readonly<CatalogView>): boolean {
  return encodeParams(view) === '';
}

export function sameView(a: Readonly<CatalogView>, b: Readonly<CatalogView>): boolean {
  return encodeParams(a) === encodeParams(b);
}

function encodeParams(view: Readonly<CatalogView>): string {
  const params = new URLSearchParams();
  if (view.query.trim()) params.set('q', view.query.trim());
  if (view.category) params.set('category', view.category);
  if (view.language) params.set('language', view.language);
  if (view.format) params.set('format', view.format);
  if (view.location) params.set('location', view.location);
  if (view.day !== null) params.set('day', DAY_KEYS[view.day]);
  if (view.childcare) params.set('childcare', '1');
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  // URLSearchParams writes spaces as '+', which reads fine in a shared link.
  return params.toString();
}

/** `#<form-id>:q=…&format=…`, or '' when the view is the default one (CONTRACT.md §3). */
export function encodeHash(formId: string, view: Readonly<CatalogView>): string {
  const params = encodeParams(view);
  return params ? `#${encodeURIComponent(formId)}:${params}` : '';
}

/** Whether `hash` (with or without `#`) holds this catalog's view; page anchors and other catalogs' hashes do not. */
export function isOwnHash(formId: string, hash: string): boolean {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${formId}:`;
  if (body.startsWith(prefix) || body.startsWith(`${encodeURIComponent(formId)}:`)) return true;
  try {
    return decodeURIComponent(body).startsWith(prefix);
  } catch {
    return false;
  }
}

/** The view in `hash`, or undefined when the hash is not this catalog's. Unknown or bad values fall back to the default. */
export function decodeHash(formId: string, hash: string): CatalogView | undefined {
  if (!isOwnHash(formId, hash)) return undefined;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(body.slice(body.indexOf(':') + 1));
  const format = params.get('format') ?? '';
  const day = DAY_KEYS.indexOf((params.get('day') ?? '') as (typeof DAY_KEYS)[number]);
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    category: params.get('category') ?? '',
    language: params.get('language') ?? '',
    format: COURSE_FORMATS.includes(format as CourseFormat) ? (format as CourseFormat) : '',
    location: params.get('location') ?? '',
    day: day >= 0 ? (day as Weekday) : null,
    childcare: params.get('childcare') === '1' || params.get('childcare') === 'true',
    sort: sort === 'title' ? 'title' : 'date',
  };
}
