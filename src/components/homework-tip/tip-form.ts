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

/** `data` for one form: feedback sends `helpful` (and a comment if any), a question sends `question`. */
export function tipPayload(form: TipForm, tipId: string, answers: TipAnswers): TipPayload {
  const comment = answers.comment.trim();
  const data =
    form === 'feedback'
      ? { tipId, helpful: answers.helpful, ...(comment ? { comment } : {}) }
      : { tipId, question: answers.question.trim() };
  return tipPayloadSchema.parse(data);
}
