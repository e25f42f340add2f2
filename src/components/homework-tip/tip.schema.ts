import * as z from 'zod/mini';
import { localizedText } from '../../core/i18n/localized-text.js';

/** A homework tip (CONTRACT.md §3): the one schema for `src`, `.tip` and the attributes. */
export const tipSchema = z.object({
  // the payload's tipId limit: a longer id would make a card whose feedback can never be sent
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  subject: localizedText,
  grade: z.optional(z.union([z.string(), z.number()])),
  title: localizedText,
  about: z.optional(localizedText),
  steps: z.optional(z.array(localizedText)),
  prompts: z.optional(z.array(localizedText)),
  minutes: z.optional(z.number().check(z.positive())),
  materials: z.optional(z.array(localizedText)),
  links: z.optional(z.array(z.object({ label: localizedText, href: z.string() }))),
  glossary: z.optional(z.array(z.object({ term: localizedText, meaning: localizedText }))),
});
export type Tip = z.infer<typeof tipSchema>;

/** What a tip sends: feedback ("Was this helpful?") or a question for the teacher. */
export const tipPayloadSchema = z.object({
  tipId: z.string().check(z.minLength(1), z.maxLength(200)),
  helpful: z.optional(z.boolean()),
  comment: z.optional(z.string().check(z.maxLength(2000))),
  question: z.optional(z.string().check(z.maxLength(2000))),
});
export type TipPayload = z.infer<typeof tipPayloadSchema>;
