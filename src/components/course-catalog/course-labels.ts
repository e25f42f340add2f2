import { msg, str } from '@lit/localize';
import { plural } from '../../core/i18n/plural.js';
import type { CourseFormat } from './course-fields.js';
import type { Weekday } from './search.js';

/** Words for the catalog's fixed vocabulary; each is its own message so every locale (Somali and Haitian Creole included) has them. */
export function formatLabel(format: CourseFormat): string {
  switch (format) {
    case 'in-person':
      return msg('In person', { id: 'catalog.format.inPerson' });
    case 'online':
      return msg('Online', { id: 'catalog.format.online' });
    case 'hybrid':
      return msg('In person and online', { id: 'catalog.format.hybrid' });
  }
}

/** Day names from messages, not `Intl`, which has no Somali or Haitian Creole data in Chromium. */
export function dayLabel(day: Weekday): string {
  return [
    () => msg('Sunday', { id: 'catalog.day.sun' }),
    () => msg('Monday', { id: 'catalog.day.mon' }),
    () => msg('Tuesday', { id: 'catalog.day.tue' }),
    () => msg('Wednesday', { id: 'catalog.day.wed' }),
    () => msg('Thursday', { id: 'catalog.day.thu' }),
    () => msg('Friday', { id: 'catalog.day.fri' }),
    () => msg('Saturday', { id: 'catalog.day.sat' }),
  ][day]!();
}

/** Monday first: how most districts' weeks read. */
export const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export function resultCount(count: number): string {
  return plural(count, {
    zero: () => msg(str`${count} courses found`, { id: 'catalog.count.zero' }),
    one: () => msg(str`${count} course found`, { id: 'catalog.count.one' }),
    two: () => msg(str`${count} courses found`, { id: 'catalog.count.two' }),
    few: () => msg(str`${count} courses found`, { id: 'catalog.count.few' }),
    many: () => msg(str`${count} courses found`, { id: 'catalog.count.many' }),
    other: () => msg(str`${count} courses found`, { id: 'catalog.count.other' }),
  });
}

export function seatsLeft(count: number): string {
  return plural(count, {
    zero: () => msg(str`${count} seats left`, { id: 'catalog.seats.zero' }),
    one: () => msg(str`${count} seat left`, { id: 'catalog.seats.one' }),
    two: () => msg(str`${count} seats left`, { id: 'catalog.seats.two' }),
    few: () => msg(str`${count} seats left`, { id: 'catalog.seats.few' }),
    many: () => msg(str`${count} seats left`, { id: 'catalog.seats.many' }),
    other: () => msg(str`${count} seats left`, { id: 'catalog.seats.other' }),
  });
}

export function moreSessions(count: number): string {
  return plural(count, {
    zero: () => msg(str`and ${count} more sessions`, { id: 'catalog.moreSessions.zero' }),
    one: () => msg(str`and ${count} more session`, { id: 'catalog.moreSessions.one' }),
    two: () => msg(str`and ${count} more sessions`, { id: 'catalog.moreSessions.two' }),
    few: () => msg(str`and ${count} more sessions`, { id: 'catalog.moreSessions.few' }),
    many: () => msg(str`and ${count} more sessions`, { id: 'catalog.moreSessions.many' }),
    other: () => msg(str`and ${count} more sessions`, { id: 'catalog.moreSessions.other' }),
  });
}

export function skippedCount(count: number): string {
  return plural(count, {
    zero: () => msg(str`${count} courses in the feed were skipped because of errors.`, { id: 'catalog.skipped.zero' }),
    one: () => msg(str`${count} course in the feed was skipped because of errors.`, { id: 'catalog.skipped.one' }),
    two: () => msg(str`${count} courses in the feed were skipped because of errors.`, { id: 'catalog.skipped.two' }),
    few: () => msg(str`${count} courses in the feed were skipped because of errors.`, { id: 'catalog.skipped.few' }),
    many: () => msg(str`${count} courses in the feed were skipped because of errors.`, { id: 'catalog.skipped.many' }),
    other: () => msg(str`${count} courses in the feed were skipped because of errors.`, { id: 'catalog.skipped.other' }),
  });
}
