import * as z from 'zod/mini';
import { localizedText } from '../../core/i18n/localized-text.js';
import { otherLanguageNamed } from '../../core/other-language.js';
import { COURSE_FORMATS, LANGUAGE_TAG } from './course-fields.js';

export type { CourseFormat } from './course-fields.js';

const languageTag = z.string().check(z.regex(LANGUAGE_TAG));

/** An ISO 8601 date-time with an offset or `Z`: the instant is unambiguous in every time zone. */
const instant = z.iso.datetime({ offset: true });

export const sessionSchema = z.object({ start: instant, end: instant }).check(
  z.refine((s) => !(Date.parse(s.end) < Date.parse(s.start)), {
    message: 'ends before it starts',
    path: ['end'],
  }),
);
export type CourseSession = z.infer<typeof sessionSchema>;

/**
 * One course of a parent-university feed (CONTRACT.md §3): the single schema
 * for `src` and `.courses`. `category` is free text (districts name their own
 * strands); every text may be a locale map. `childcare` is `true`/`false` or a
 * note ("Ages 2–10, in room 4"), which also means it is offered. `cost` is a
 * number in the element's `currency` (0 = free) or text ("$5 for materials").
 */
export const courseSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  title: localizedText,
  description: z.optional(localizedText),
  category: localizedText,
  languages: z.array(languageTag).check(z.minLength(1)),
  format: z.enum(COURSE_FORMATS),
  location: z.optional(localizedText),
  sessions: z.array(sessionSchema),
  childcare: z.optional(z.union([z.boolean(), localizedText])),
  cost: z.optional(z.union([z.number().check(z.minimum(0)), localizedText])),
  capacity: z.optional(z.int().check(z.minimum(0))),
  remaining: z.optional(z.int().check(z.minimum(0))),
});
export type Course = z.infer<typeof courseSchema>;

/** Every phone number in every payload (CONTRACT.md §2). */
const phoneSchema = z.object({
  number: z.e164(),
  extension: z.optional(z.string().check(z.regex(/^\d{1,8}$/))),
});

/** What a registration sends (CONTRACT.md §3): one family signing up for (or waitlisting) one course. */
export const registrationSchema = z
  .object({
    courseId: z.string().check(z.minLength(1), z.maxLength(200)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    contact: z
      .object({
        email: z.optional(z.email().check(z.maxLength(254))),
        phone: z.optional(phoneSchema),
      })
      .check(
        z.refine((c) => c.email !== undefined || c.phone !== undefined, {
          message: 'an email address or a phone number is needed',
        }),
      ),
    attendees: z.int().check(z.minimum(1), z.maximum(20)),
    childcare: z.optional(
      z.object({
        needed: z.boolean(),
        ages: z.array(z.int().check(z.minimum(0), z.maximum(17))).check(z.maxLength(20)),
      }),
    ),
    language: z.union([languageTag, z.literal('other')]),
    languageOther: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    waitlist: z.boolean(),
  })
  .check(otherLanguageNamed('language'));
export type Registration = z.infer<typeof registrationSchema>;
