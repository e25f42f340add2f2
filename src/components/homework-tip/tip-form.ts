import { msg } from '@lit/localize';
import * as z from 'zod/mini';
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { tipPayloadSchema, type TipPayload } from './tip.schema.js';

/** The two things a family can send about a tip. */
export type TipForm = 'feedback' | 'question';

/** What the family has entered so far. */
export interface TipAnswers {
  helpful?: boolean;
  comment: string;
  question: string;
}

const MAX_TEXT = 2000;

// Built on first use: the messages are read at validation time, so they follow a language switch.
let fields: z.ZodMiniObject | undefined;
function fieldSchema() {
  fields ??= z.object({
    helpful: z.boolean({ error: () => msg('Choose yes or no.', { id: 'tip.feedback.required' }) }),
    comment: z.string().check(z.maxLength(MAX_TEXT)),
    question: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: () => msg('Write your question for the teacher.', { id: 'tip.question.required' }) }),
        z.maxLength(MAX_TEXT),
      ),
  });
  return fields;
}

/** Errors of every field, localized, keyed by the same paths as `data` (the form shows only the attempted form's). */
export function tipFormErrors(answers: TipAnswers): FieldErrors {
  return zodErrors(fieldSchema(), answers);
}

/** A form's `data` (tip-data.ts), valid by the payload schema (throws otherwise: validation runs first). */
export function tipPayload(data: TipPayload): TipPayload {
  return tipPayloadSchema.parse(data);
}
