import type { TipAnswers, TipForm } from './tip-form.js';
import type { TipPayload } from './tip.schema.js';

/**
 * `data` for one form, as it stands (not yet validated): feedback is about
 * `helpful` (and a comment if one was written), a question about `question`.
 * What the form sends once its checks pass, and `family-change`'s value.
 */
export function tipData(form: TipForm, tipId: string, answers: TipAnswers): TipPayload {
  if (form === 'question') return { tipId, question: answers.question.trim() };
  const comment = answers.comment.trim();
  return {
    tipId,
    ...(answers.helpful === undefined ? {} : { helpful: answers.helpful }),
    ...(comment ? { comment } : {}),
  };
}
