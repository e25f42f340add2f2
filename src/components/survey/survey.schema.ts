import { msg } from '@lit/localize';
import * as z from 'zod/mini';
import { localizedText } from '../../core/i18n/localized-text.js';
import { TEXT_MAX_LENGTH } from './survey-limits.js';

/**
 * The one schema of a survey definition (CONTRACT.md §3) and of what a survey
 * sends. Types come from here (`z.infer`); definition.ts adds the checks that
 * need the whole definition (duplicate ids, visibleIf targets) and the
 * rest of the webmaster-facing messages.
 */

/** Question ids become field paths (`answers.<id>`) and element ids: no dots or spaces. */
export const questionId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: () => msg('must be 1 to 64 letters, digits, "-" or "_"', { id: 'survey.def.id-pattern' }) }));

/** Option values are sent as answers: short, so every answer fits the payload schema. */
const optionValue = z.string().check(z.minLength(1, { error: () => msg('must not be empty', { id: 'survey.def.empty' }) }), z.maxLength(200, { error: () => msg('must be at most 200 characters', { id: 'survey.def.max-200' }) }));

/** A value a `visibleIf` rule compares with. */
export const ruleValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/** The raw shape of a `visibleIf` rule; definition.ts checks that it uses exactly one form. */
export interface VisibleIf {
  question?: string;
  equals?: z.infer<typeof ruleValue>;
  notEquals?: z.infer<typeof ruleValue>;
  includes?: string;
  all?: VisibleIf[];
  any?: VisibleIf[];
}

export const visibleIfSchema: z.ZodMiniType<VisibleIf> = z.object({
  question: z.optional(z.string()),
  equals: z.optional(ruleValue),
  notEquals: z.optional(ruleValue),
  includes: z.optional(z.string()),
  get all() {
    return z.optional(z.array(visibleIfSchema));
  },
  get any() {
    return z.optional(z.array(visibleIfSchema));
  },
});

export const optionSchema = z.object({ value: optionValue, label: localizedText });
export type Option = z.infer<typeof optionSchema>;

const options = z.array(optionSchema).check(z.minLength(1, { error: () => msg('at least one option', { id: 'survey.def.one-option' }) }));

const base = {
  id: questionId,
  text: localizedText,
  help: z.optional(localizedText),
  required: z.optional(z.boolean()),
  visibleIf: z.optional(visibleIfSchema),
};

const count = z.int().check(z.gte(0, { error: () => msg('must be 0 or more', { id: 'survey.def.min-0' }) }));

export const likertScales = ['agreement4', 'agreement5', 'frequency5', 'satisfaction5', 'confidence5'] as const;
export type LikertScale = (typeof likertScales)[number];

export const likertOptionSchema = z.object({ value: z.union([optionValue, z.number()]), label: localizedText });
export type LikertOption = z.infer<typeof likertOptionSchema>;
export const likertItemSchema = z.object({ id: questionId, text: localizedText, group: z.optional(z.string()) });
export type LikertItem = z.infer<typeof likertItemSchema>;

export const singleQuestion = z.object({ ...base, type: z.literal('single'), options, other: z.optional(z.boolean()) });
export const multipleQuestion = z.object({
  ...base,
  type: z.literal('multiple'),
  options,
  other: z.optional(z.boolean()),
  min: z.optional(count),
  max: z.optional(count),
});
export const dropdownQuestion = z.object({ ...base, type: z.literal('dropdown'), options });
export const likertQuestion = z.object({
  ...base,
  type: z.literal('likert'),
  scale: z.optional(z.enum(likertScales)),
  options: z.optional(z.array(likertOptionSchema).check(z.minLength(2, { error: () => msg('at least two options', { id: 'survey.def.two-options' }) }))),
  notSure: z.optional(z.boolean()),
  items: z.array(likertItemSchema).check(z.minLength(1, { error: () => msg('at least one item', { id: 'survey.def.one-item' }) })),
});
export const ratingQuestion = z.object({
  ...base,
  type: z.literal('rating'),
  max: z.optional(z.int().check(z.gte(2, { error: () => msg('must be 2 or more', { id: 'survey.def.min-2' }) }), z.lte(10, { error: () => msg('must be 10 or less', { id: 'survey.def.max-10' }) }))),
  minLabel: z.optional(localizedText),
  maxLabel: z.optional(localizedText),
});
export const yesnoQuestion = z.object({ ...base, type: z.literal('yesno') });
export const textQuestion = z.object({
  ...base,
  type: z.literal('text'),
  multiline: z.optional(z.boolean()),
  maxLength: z.optional(z.int().check(z.gte(1, { error: () => msg('must be 1 or more', { id: 'survey.def.min-1' }) }), z.lte(10000, { error: () => msg('must be 10000 or less', { id: 'survey.def.max-10000' }) }))),
});
export const numberQuestion = z.object({
  ...base,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  step: z.optional(z.number().check(z.positive({ error: () => msg('must be more than 0', { id: 'survey.def.more-than-0' }) }))),
});
export const emailQuestion = z.object({ ...base, type: z.literal('email') });
export const phoneQuestion = z.object({ ...base, type: z.literal('phone') });
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => msg('must be a date written YYYY-MM-DD', { id: 'survey.def.date-pattern' }) }));
export const dateQuestion = z.object({ ...base, type: z.literal('date'), min: z.optional(isoDate), max: z.optional(isoDate) });

export const questionSchemas = [
  singleQuestion,
  multipleQuestion,
  dropdownQuestion,
  likertQuestion,
  ratingQuestion,
  yesnoQuestion,
  textQuestion,
  numberQuestion,
  emailQuestion,
  phoneQuestion,
  dateQuestion,
] as const;

export const questionSchema = z.discriminatedUnion('type', questionSchemas);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const pageSchema = z.object({
  title: z.optional(localizedText),
  description: z.optional(localizedText),
  questions: z.array(questionSchema).check(z.minLength(1, { error: () => msg('at least one question', { id: 'survey.def.one-question' }) })),
});
export type Page = z.infer<typeof pageSchema>;

export const surveyDefinitionSchema = z.object({
  id: z.string().check(z.minLength(1, { error: () => msg('must not be empty', { id: 'survey.def.empty' }) }), z.maxLength(200, { error: () => msg('must be at most 200 characters', { id: 'survey.def.max-200' }) })),
  title: z.optional(localizedText),
  description: z.optional(localizedText),
  anonymous: z.optional(z.boolean()),
  submitLabel: z.optional(localizedText),
  pages: z.optional(z.array(pageSchema).check(z.minLength(1, { error: () => msg('at least one page', { id: 'survey.def.one-page' }) }))),
  questions: z.optional(z.array(questionSchema).check(z.minLength(1, { error: () => msg('at least one question', { id: 'survey.def.one-question' }) }))),
});
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;

const likertValue = z.union([z.number(), z.string().check(z.maxLength(200))]);

/** One answer, by question type (CONTRACT.md §3 table). */
export const answerValueSchema = z.union([
  z.string().check(z.maxLength(10000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(200))),
  z.record(questionId, likertValue),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type LikertAnswer = Record<string, number | string>;

/** What `<family-survey>` sends as the envelope's `data`. */
export const surveyPayloadSchema = z.object({
  surveyId: z.string().check(z.minLength(1), z.maxLength(200)),
  answers: z.record(questionId, answerValueSchema),
  other: z.optional(z.record(questionId, z.string().check(z.maxLength(TEXT_MAX_LENGTH)))),
});
export type SurveyPayload = z.infer<typeof surveyPayloadSchema>;
