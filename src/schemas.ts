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
import { otherLanguageNamedJson } from './core/other-language.js';

export { envelopeSchema };

export const payloadSchemas = {
  'family-homework-tip': tipPayloadSchema,
  'family-survey': surveyPayloadSchema,
  'family-contact-preferences': preferencesSchema,
  'family-event-rsvp': rsvpPayloadSchema,
  'family-course-catalog': registrationSchema,
} as const;

export type SubmittingTag = keyof typeof payloadSchemas;

type JsonSchema = { properties?: Record<string, JsonSchema>; [keyword: string]: unknown };

/**
 * What zod's refinements check (the elements and the receiver run them) said
 * again in JSON Schema, which they have no form in, so a backend team's own
 * validator refuses what the receiver refuses. Each property's keywords are
 * added to the generated ones. test/distribution/schemas.test.mjs holds every
 * rule to the receiver's verdict, both ways.
 */
const refinements: Partial<Record<SubmittingTag, JsonSchema>> = {
  // preferences.schema.ts
  'family-contact-preferences': {
    properties: {
      channels: { uniqueItems: true },
      times: { uniqueItems: true },
      topics: { uniqueItems: true, contains: { const: 'emergencies' } },
      quietHours: { description: 'end differs from start (the receiver checks this; JSON Schema cannot compare two fields)' },
    },
    allOf: [
      otherLanguageNamedJson('language'),
      {
        if: { required: ['channels'], properties: { channels: { contains: { enum: ['sms', 'phone'] } } } },
        then: { required: ['phone'] },
      },
      {
        if: { required: ['channels'], properties: { channels: { contains: { const: 'email' } } } },
        then: { required: ['email'] },
      },
      {
        if: { required: ['channels'], properties: { channels: { contains: { const: 'sms' } } } },
        then: { required: ['smsConsent'] },
      },
    ],
  },
  // event.schema.ts
  'family-event-rsvp': { allOf: [otherLanguageNamedJson('interpretation')] },
  // course.schema.ts
  'family-course-catalog': { allOf: [otherLanguageNamedJson('language')] },
};

function refine(data: JsonSchema, { properties = {}, ...rest }: JsonSchema): void {
  for (const [name, keywords] of Object.entries(properties)) Object.assign(data.properties![name]!, keywords);
  Object.assign(data, rest);
}

/**
 * JSON Schema of the whole envelope one element sends, with its payload as
 * `data` (written to `dist/schemas/<tag>.json` by the build).
 */
export function envelopeJsonSchema(tag: SubmittingTag): object {
  const schema = z.extend(envelopeSchema, { type: z.literal(tag), data: payloadSchemas[tag] });
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  const rules = refinements[tag];
  if (rules) refine(json.properties!.data!, rules);
  return { title: `${tag} submission`, ...json };
}

export { safeParse, toJSONSchema } from 'zod/mini';
