import { eventSchema, sessionSchema, slotSchema, type RsvpEvent } from './event.schema.js';

/** One problem of an event, for the webmaster: where and what. */
export interface EventProblem {
  path: string;
  problem: string;
}

/** A valid event (with any keys it ignored), or the problems that make it invalid. */
export type EventResult = { event: RsvpEvent; unknownKeys?: string[] } | { problems: EventProblem[] };

interface Issue {
  code: string;
  path: PropertyKey[];
  message?: string;
  input?: unknown;
  expected?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

// zod/mini ships no messages ("Invalid input"): say what was expected in words
// a webmaster can act on. Technical, for whoever edits the event, so not localized.
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_union':
      return 'expected text, or a map of language code to text ({"en": "…", "es": "…"})';
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      // the only numbers in an event are counts of places
      if (issue.expected === 'int' || issue.expected === 'number') return 'expected a whole number';
      return `expected ${issue.expected === 'array' ? 'a list' : (issue.expected ?? 'another type')}`;
    case 'invalid_format':
      return 'expected an ISO 8601 date and time with an offset or Z, such as 2026-12-03T18:00:00-05:00';
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_key':
      return 'a language key is not a language code such as "en" or "zh-Hant"';
    case 'custom':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
    default:
      return issue.code.replace(/_/g, ' ');
  }
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
      return { path: path || '(the event)', problem: describe(issue as Issue) };
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

/** Whether the webmaster gave any of the event attributes at all (else there is nothing to complain about yet). */
export function hasEventAttributes(attrs: EventAttributes): boolean {
  return Object.values(attrs).some((v) => v !== null && v !== '');
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

/** Why an event could not be fetched: an HTTP status, or a network failure. */
export class EventFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status?: number,
  ) {
    super(status ? `HTTP ${status} from ${url}` : `no answer from ${url}`);
    this.name = 'EventFetchError';
  }
}

/**
 * Fetches an event's JSON. A network failure or non-2xx is an EventFetchError;
 * a body that is not JSON is a list of problems, like any invalid event.
 */
export async function fetchEvent(src: string, signal: AbortSignal): Promise<EventResult> {
  const url = new URL(src, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new EventFetchError(url);
  }
  if (!response.ok) throw new EventFetchError(url, response.status);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return { problems: [{ path: '(the file)', problem: 'is not valid JSON' }] };
  }
  return parseEvent(data);
}
