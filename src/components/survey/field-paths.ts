import type { Question, QuestionOf } from './survey.schema.js';

// Where each answer is found in `data` and in the field errors (CONTRACT.md §2),
// for the question views, the element and the answer checks.

/** `answers.<id>`: the field path of a question. */
export const answerPath = (question: Question) => `answers.${question.id}`;
/** `other.<id>`: where "Other" text goes. */
export const otherPath = (question: Question) => `other.${question.id}`;
/** `answers.<question>.<item>`: the field path of one likert item. */
export const itemPath = (q: QuestionOf<'likert'>, itemId: string) => `${answerPath(q)}.${itemId}`;

/** The field paths a question owns: its answer, its likert items and its "Other" text. */
export function fieldPaths(q: Question): string[] {
  return [
    answerPath(q),
    ...(q.type === 'likert' ? q.items.map((i) => itemPath(q, i.id)) : []),
    ...((q.type === 'single' || q.type === 'multiple') && q.other ? [otherPath(q)] : []),
  ];
}
