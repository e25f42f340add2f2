import type { ContentProblem } from '../../core/content-source.js';
import type { RsvpEvent } from './event.schema.js';

/** A valid event (with any keys it ignored), or the problems that make it invalid. */
export type EventResult = { event: RsvpEvent; unknownKeys?: string[] } | { problems: ContentProblem[] };

/** The event's attributes as the element reads them (`null` when absent). */
export interface EventAttributes {
  eventId: string | null;
  eventTitle: string | null;
  start: string | null;
  end: string | null;
  timeZone: string | null;
  location: string | null;
  description: string | null;
  capacity: string | null;
  remaining: string | null;
  opens: string | null;
  closes: string | null;
}

function numberOrText(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * An event made from attributes, for `parseEvent`. Missing required
 * attributes stay missing so the problem names them; numbers that are not
 * numbers are passed as text so the problem says "expected a whole number".
 */
export function eventFromAttributes(attrs: EventAttributes): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  const put = (key: string, value: string | null, convert: (v: string) => unknown = (v) => v.trim()) => {
    if (value !== null && value.trim() !== '') event[key] = convert(value);
  };
  put('id', attrs.eventId);
  put('title', attrs.eventTitle, (v) => v);
  put('start', attrs.start);
  put('end', attrs.end);
  put('timeZone', attrs.timeZone);
  put('location', attrs.location, (v) => v);
  put('description', attrs.description, (v) => v);
  put('capacity', attrs.capacity, numberOrText);
  put('remaining', attrs.remaining, numberOrText);
  put('opens', attrs.opens);
  put('closes', attrs.closes);
  return event;
}
