import * as z from 'zod/mini';
import { msg } from '@lit/localize';
import { localizedText } from '../../core/i18n/localized-text.js';
import { otherLanguageNamed } from '../../core/other-language.js';
import { RESPONSES } from './rsvp-choices.js';

/** The webmaster's words for an end before its start (a session, a slot, the event). */
const endsBeforeStart = () => msg('must end after it starts', { id: 'rsvp.def.ends-before-start' });

/**
 * An ISO 8601 date-time with an offset or `Z` (CONTRACT.md §3). Seconds are
 * optional, as webmasters often write `2026-12-03T18:00-05:00`; a local time
 * without an offset is refused because it would mean a different instant on
 * every family's device.
 */
export const isoDateTime = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/),
  z.refine((value) => !Number.isNaN(Date.parse(value)), { error: () => msg('not a real date and time', { id: 'rsvp.def.not-a-date' }) }),
);

/** An IANA time zone the browser knows (`America/Chicago`); it only chooses how times are displayed. */
const timeZone = z.string().check(
  z.refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: () => msg('not a time zone the browser knows, such as "America/Chicago"', { id: 'rsvp.def.time-zone' }) },
  ),
);

const id = z.string().check(z.minLength(1), z.maxLength(200));
const count = z.int().check(z.minimum(0));

const endsAfterStart = (item: { start: string; end: string }) => Date.parse(item.end) > Date.parse(item.start);

/** A workshop or strand the family may choose (several per event). */
export const sessionSchema = z.object({
  id,
  title: localizedText,
  capacity: z.optional(count),
  remaining: z.optional(count),
});

/** A time slot, e.g. a conference appointment (the family picks one). */
export const slotSchema = z
  .object({ id, start: isoDateTime, end: isoDateTime, taken: z.optional(z.boolean()) })
  .check(z.refine(endsAfterStart, { error: endsBeforeStart, path: ['end'] }));

/** One event (CONTRACT.md §3): the one schema for attributes, `src` and `.event`. */
export const eventSchema = z
  .object({
    id,
    title: localizedText,
    start: isoDateTime,
    end: isoDateTime,
    timeZone: z.optional(timeZone),
    location: localizedText,
    description: z.optional(localizedText),
    capacity: z.optional(count),
    remaining: z.optional(count),
    opens: z.optional(isoDateTime),
    closes: z.optional(isoDateTime),
    sessions: z.optional(z.array(sessionSchema)),
    slots: z.optional(z.array(slotSchema)),
  })
  .check(
    z.refine(endsAfterStart, { error: endsBeforeStart, path: ['end'] }),
    z.refine((e) => !e.opens || !e.closes || Date.parse(e.closes) > Date.parse(e.opens), {
      error: () => msg('must be after "opens"', { id: 'rsvp.def.closes-after-opens' }),
      path: ['closes'],
    }),
  );

/** What `src` or `.event` may hold (locale maps, optional fields). */
export type RsvpEventInput = z.input<typeof eventSchema>;
export type RsvpEvent = z.infer<typeof eventSchema>;
export type RsvpSession = z.infer<typeof sessionSchema>;
export type RsvpSlot = z.infer<typeof slotSchema>;

/** A BCP 47 language tag (`es`, `zh-Hant`, `pt-BR`, `hmn`). */
const languageTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/** Every phone number in every payload (CONTRACT.md §2). */
export const rsvpPhoneSchema = z.object({
  number: z.e164(),
  extension: z.optional(z.string().check(z.regex(/^\d{1,8}$/))),
});

const people = z.int().check(z.minimum(0), z.maximum(99));

/**
 * What `<family-event-rsvp>` sends as `data` (CONTRACT.md §3). Optional
 * fields appear only when the element asked for them (`ask`, sessions,
 * slots) and the family is coming. An `interpretation` of `"other"` comes
 * with the family's words in `languageOther`.
 */
export const rsvpPayloadSchema = z
  .object({
    eventId: id,
    response: z.enum(RESPONSES),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    contact: z.object({
      email: z.optional(z.email().check(z.maxLength(254))),
      phone: z.optional(rsvpPhoneSchema),
    }),
    adults: z.optional(people),
    children: z.optional(people),
    childcare: z.optional(
      z.object({
        needed: z.boolean(),
        ages: z.array(z.int().check(z.minimum(0), z.maximum(17))).check(z.maxLength(20)),
      }),
    ),
    interpretation: z.optional(z.union([languageTag, z.literal('other')])),
    languageOther: z.optional(z.string().check(z.maxLength(100))),
    meal: z.optional(z.string().check(z.maxLength(500))),
    accessibility: z.optional(z.string().check(z.maxLength(1000))),
    transportation: z.optional(z.boolean()),
    sessionIds: z.optional(z.array(id).check(z.maxLength(50))),
    slotId: z.optional(id),
    waitlist: z.boolean(),
  })
  .check(otherLanguageNamed('interpretation'));
export type RsvpPayload = z.infer<typeof rsvpPayloadSchema>;
