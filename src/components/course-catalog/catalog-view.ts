import type { CourseFilters, CourseSort } from './search.js';

/*
 * The view's shape and its default, apart from what reads and writes it (the
 * search, the URL hash): the catalog's own file reports the default view
 * before its course list (course-list.ts) has loaded.
 */

/** What the family has chosen to see: kept in the URL hash so it can be shared and Back works. */
export interface CatalogView extends CourseFilters {
  query: string;
  sort: CourseSort;
}

export const NO_FILTERS: Readonly<CourseFilters> = {
  category: '',
  language: '',
  format: '',
  location: '',
  day: null,
  childcare: false,
};

export const DEFAULT_VIEW: Readonly<CatalogView> = { ...NO_FILTERS, query: '', sort: 'date' };
