/**
 * An iCalendar file (RFC 5545) for "Add to calendar", written in the browser.
 * Times are in UTC: a TZID would need a VTIMEZONE block of its own, and every
 * calendar app shows UTC in the family's own zone anyway.
 */

export interface IcsEvent {
  /** Globally unique and stable for this event (and slot), so a second download updates, not duplicates. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
}

export const ICS_PRODID = '-//family-elements//family-event-rsvp//EN';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261203T230000Z`: the UTC DATE-TIME form (RFC 5545 §3.3.5, form #2). */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatUtc: invalid date');
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75
 * octets, continuation lines start with one space, and a break never falls
 * inside a UTF-8 sequence (whole code points only, so no surrogate is split).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_OCTETS - 1; // the leading space of the continuation line counts
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Undoes folding (RFC 5545 §3.1): a line break followed by one space or tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** The whole VCALENDAR with one VEVENT, CRLF line endings, folded. */
export function buildIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * A UID for an event (and the chosen slot) on this site: the same RSVP
 * downloaded twice replaces itself in the calendar instead of doubling.
 */
export function eventUid(eventId: string, host: string, slotId?: string): string {
  const local = slotId ? `${eventId}.${slotId}` : eventId;
  return `${local.replace(/[^A-Za-z0-9._-]/g, '-')}@${host || 'family-elements'}`;
}

/** A safe download name from the event id: `literacy-night.ics`. */
export function icsFileName(eventId: string): string {
  const base = eventId
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'event'}.ics`;
}
