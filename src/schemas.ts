/**
 * Every schema the endpoint side needs, in one module: the envelope and each
 * element's payload. The reference receiver validates with exactly these, and
 * the build turns them into `dist/schemas/<tag>.json` for backend teams.
 * Elements add their payload schema here as they arrive.
 */
import * as z from 'zod/mini';
import { envelopeSchema } from './core/submit/envelope.schema.js';
import { tipPayloadSchema } from './components/homework-tip/tip.schema.js';
import { surveyPayloadSchema } from './components/survey/survey.schema.js';
import { preferencesSchema } from './components/contact-preferences/preferences.schema.js';
import { rsvpPayloadSchema } from './components/event-rsvp/event.schema.js';
import { registrationSchema } from './components/course-catalog/course.schema.js';

export { envelopeSchema };

export const payloadSchemas = {
  'family-homework-tip': tipPayloadSchema,
  'family-survey': surveyPayloadSchema,
  'family-contact-preferences': preferencesSchema,
  'family-event-rsvp': rsvpPayloadSchema,
  'family-course-catalog': registrationSchema,
} as const;

export type SubmittingTag = keyof typeof payloadSchemas;

/**
 * JSON Schema of the whole envelope one element sends, with its payload as
 * `data` (written to `dist/schemas/<tag>.json` by the build).
 */
export function envelopeJsonSchema(tag: SubmittingTag): object {
  const schema = z.extend(envelopeSchema, { type: z.literal(tag), data: payloadSchemas[tag] });
  return { title: `${tag} submission`, ...z.toJSONSchema(schema, { io: 'input' }) };
}

export { safeParse, toJSONSchema } from 'zod/mini';
