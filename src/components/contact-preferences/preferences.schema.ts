import * as z from 'zod/mini';
import { msg } from '@lit/localize';
import { CHANNELS, FREQUENCIES, TIMES, TOPICS } from './preference-choices.js';

/** A BCP 47 language tag (`es`, `zh-Hant`, `pt-BR`, `hmn`). */
const languageTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

// Messages are functions, so each is written in the language active when the
// check runs, not when this module loaded.
const timeOfDay = z.string().check(
  z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => msg('Enter a time, for example 21:00.', { id: 'prefs.error.time' }) }),
);

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** Every phone number in every payload (CONTRACT.md §2). */
export const phoneNumberSchema = z.object({
  number: z.e164({
    error: () => msg('Enter a phone number, for example 555-234-5678.', { id: 'prefs.error.phone' }),
  }),
  extension: z.optional(
    z.string().check(z.regex(/^\d{1,8}$/, { error: () => msg('An extension is 1 to 8 digits.', { id: 'prefs.error.extension' }) })),
  ),
});

export const smsConsentSchema = z.object({
  given: z.literal(true),
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  at: z.iso.datetime({ offset: true }),
});
export type SmsConsent = z.infer<typeof smsConsentSchema>;

/**
 * What `<family-contact-preferences>` sends (CONTRACT.md §3), and what a
 * portal may give back as `.value` or `src` to show saved preferences.
 */
export const preferencesSchema = z
  .object({
    channels: z.array(z.enum(CHANNELS)).check(
      z.minLength(1, { error: () => msg('Choose at least one way to reach you.', { id: 'prefs.error.channels' }) }),
      z.refine(unique, { error: () => msg('each channel once', { id: 'prefs.def.channel-once' }) }),
    ),
    language: z.union([languageTag, z.literal('other')], {
      error: () => msg('Choose a language.', { id: 'prefs.error.language' }),
    }),
    languageOther: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    interpreter: z.boolean(),
    times: z.array(z.enum(TIMES)).check(z.refine(unique, { error: () => msg('each time once', { id: 'prefs.def.time-once' }) })),
    topics: z.array(z.enum(TOPICS)).check(
      z.refine(unique, { error: () => msg('each topic once', { id: 'prefs.def.topic-once' }) }),
      z.refine((topics) => topics.includes('emergencies'), {
        error: () => msg('Emergencies are always included.', { id: 'prefs.error.emergencies' }),
      }),
    ),
    frequency: z.enum(FREQUENCIES),
    quietHours: z.optional(
      z
        .object({ start: timeOfDay, end: timeOfDay })
        .check(
          z.refine((q) => q.start !== q.end, {
            error: () => msg('Quiet hours must end at a different time than they start.', { id: 'prefs.error.quiet-same' }),
            path: ['end'],
          }),
        ),
    ),
    phone: z.optional(phoneNumberSchema),
    email: z.optional(
      z.email({ error: () => msg('Enter an email address, for example name@example.com.', { id: 'prefs.error.email' }) }).check(
        z.maxLength(254),
      ),
    ),
    smsConsent: z.optional(smsConsentSchema),
  })
  .check(
    z.refine((p) => p.language !== 'other' || (p.languageOther ?? '').length > 0, {
      error: () => msg('Write the name of your language.', { id: 'prefs.error.language-other' }),
      path: ['languageOther'],
    }),
    z.refine((p) => !(p.channels.includes('sms') || p.channels.includes('phone')) || p.phone !== undefined, {
      error: () => msg('Enter a phone number for text messages and calls.', { id: 'prefs.error.phone-required' }),
      path: ['phone', 'number'],
    }),
    z.refine((p) => !p.channels.includes('email') || p.email !== undefined, {
      error: () => msg('Enter an email address to get email.', { id: 'prefs.error.email-required' }),
      path: ['email'],
    }),
    z.refine((p) => !p.channels.includes('sms') || p.smsConsent !== undefined, {
      error: () => msg('To get text messages, tick the box to agree.', { id: 'prefs.error.consent' }),
      path: ['smsConsent'],
    }),
  );

export type Preferences = z.infer<typeof preferencesSchema>;
