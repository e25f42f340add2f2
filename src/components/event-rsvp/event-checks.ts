/**
 * What the RSVP checks with zod: the event (attributes, `src`, `.event`,
 * inline JSON) and the reply (with the phone rules that make its number E.164). The element loads this module with `import()`
 * when it connects (see LazyModule), so zod is not needed for its first render.
 */
import { msg } from '@lit/localize';
import { describeContentIssue, type ContentIssue } from '../../core/content-issues.js';
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { eventSchema, rsvpPayloadSchema, sessionSchema, slotSchema, type RsvpPayload } from './event.schema.js';
import { eventFromAttributes, type EventAttributes, type EventResult } from './event-source.js';
import type { RsvpAnswers } from './rsvp-fields.js';
import { usPhoneToE164 } from './us-phone.js';

export { usPhoneToE164 };

const emailSchema = rsvpPayloadSchema.shape.contact.shape.email;

/**
 * The reply's problems: the answer, the name and a way to reach the family in
 * their terms, over the payload schema's, which is the last word before
 * sending (CONTRACT.md §2). The questions a yes or maybe brings add theirs
 * (attending-questions.ts).
 */
export function replyProblems(payload: RsvpPayload, a: RsvpAnswers, attending: boolean): FieldErrors {
  const errors = zodErrors(rsvpPayloadSchema, payload);
  if (!a.response) errors['response'] = msg('Choose whether you will come.', { id: 'rsvp.error.response' });
  if (!a.name.trim()) errors['name'] = msg('Enter your name.', { id: 'rsvp.error.name' });
  const email = a.email.trim();
  const phone = a.phone.trim();
  if (email && !emailSchema.safeParse(email).success) {
    errors['contact.email'] = msg('Enter an email address like name@example.com.', { id: 'rsvp.error.email' });
  }
  if (phone && !usPhoneToE164(phone)) {
    errors['contact.phone.number'] = msg('Enter a phone number like 555-123-4567, or + and the country code.', {
      id: 'rsvp.error.phone',
    });
  }
  if (attending && !email && !phone) {
    errors['contact.email'] = msg('Enter an email address or a phone number, so the school can reach you.', {
      id: 'rsvp.error.contact',
    });
  }
  return errors;
}

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

/** Validates the event the webmaster wrote in attributes; a problem names its attribute. */
export const parseAttributes = (attrs: EventAttributes): EventResult =>
  parseEvent(eventFromAttributes(attrs), { fromAttributes: true });

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

