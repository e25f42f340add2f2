/**
 * What the RSVP checks with zod: the event (attributes, `src`, `.event`,
 * inline JSON) and the reply. The element loads this module with `import()`
 * when it connects (see LazyModule), so zod is not needed for its first render.
 */
import { msg } from '@lit/localize';
import { describeContentIssue, type ContentIssue } from '../../core/content-issues.js';
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { eventSchema, rsvpPayloadSchema, sessionSchema, slotSchema, type RsvpPayload } from './event.schema.js';
import type { EventResult } from './event-source.js';

/** Errors of the reply by the payload schema, the last word before sending (CONTRACT.md §2). */
export const replyErrors = (payload: RsvpPayload): FieldErrors => zodErrors(rsvpPayloadSchema, payload);

const emailSchema = rsvpPayloadSchema.shape.contact.shape.email;

/** Whether the payload schema takes `email` as an email address. */
export const validEmail = (email: string): boolean => emailSchema.safeParse(email).success;

// What only an event has; the rest is worded like every content file's.
function describe(issue: ContentIssue): string {
  // the only numbers in an event are counts of places
  if (issue.code === 'invalid_type' && issue.input !== undefined && (issue.expected === 'int' || issue.expected === 'number')) {
    return describeContentIssue({ ...issue, expected: 'int' });
  }
  // the only formats in an event are its dates and times
  if (issue.code === 'invalid_format') {
    return msg('expected an ISO 8601 date and time with an offset or Z, such as 2026-12-03T18:00:00-05:00', {
      id: 'rsvp.def.instant',
    });
  }
  return describeContentIssue(issue);
}

// The attribute a webmaster wrote, for problems in an event made from attributes.
const ATTRIBUTE_OF: Readonly<Record<string, string>> = {
  id: 'event-id',
  title: 'event-title',
  timeZone: 'time-zone',
};

/** Validates an event with the one event schema; lists every problem by JSON path (or attribute). */
export function parseEvent(data: unknown, { fromAttributes = false } = {}): EventResult {
  const result = eventSchema.safeParse(data, { reportInput: true });
  if (result.success) {
    const unknownKeys = fromAttributes ? [] : unknownEventKeys(data);
    return unknownKeys.length ? { event: result.data, unknownKeys } : { event: result.data };
  }
  return {
    problems: result.error.issues.map((issue) => {
      const key = issue.path.map(String).join('.');
      const path = fromAttributes ? (ATTRIBUTE_OF[key] ?? key) : key;
      return { path: path || msg('(the event)', { id: 'rsvp.def.whole' }), problem: describe(issue as ContentIssue) };
    }),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys the event schema does not know, by path (`timezone`, `sessions.1.titel`):
 * they are ignored, so the element names them in a console warning and a typo
 * such as `timezone` for `timeZone` is found.
 */
export function unknownEventKeys(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const unknown = (value: unknown, known: object, prefix: string) =>
    isRecord(value) ? Object.keys(value).filter((k) => !(k in known)).map((k) => `${prefix}${k}`) : [];
  const list = (key: 'sessions' | 'slots', known: object) =>
    Array.isArray(data[key]) ? (data[key] as unknown[]).flatMap((item, i) => unknown(item, known, `${key}.${i}.`)) : [];
  return [
    ...unknown(data, eventSchema.shape, ''),
    ...list('sessions', sessionSchema.shape),
    ...list('slots', slotSchema.shape),
  ];
}

