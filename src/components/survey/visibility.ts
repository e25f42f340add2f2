import type { AnswerValue, Question, VisibleIf } from './survey.schema.js';

export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

function sameValue(answer: AnswerValue | undefined, expected: VisibleIf['equals']): boolean {
  if (answer === undefined || expected === undefined) return false;
  if (Array.isArray(expected)) {
    // a list compares with a `multiple` answer as a set: the same choices, in any order
    return Array.isArray(answer) && answer.length === expected.length && expected.every((v) => answer.includes(v));
  }
  return answer === expected;
}

/**
 * Whether a `visibleIf` rule holds for the current answers (CONTRACT.md §3).
 * `equals` compares the answer exactly (a list with a `multiple` answer as a
 * set); `notEquals` holds when the question has an answer and it differs
 * (so "Why not?" stays hidden until there is an answer to disagree with); `includes`
 * holds when a `multiple` answer contains the value (or a `single` answer is
 * it). `all` and `any` nest; an empty `all` holds, an empty `any` does not.
 */
export function isVisible(rule: VisibleIf | undefined, answers: Answers): boolean {
  if (!rule) return true;
  if (rule.all) return rule.all.every((r) => isVisible(r, answers));
  if (rule.any) return rule.any.some((r) => isVisible(r, answers));
  if (rule.question === undefined) return true;
  const answer = answers[rule.question];
  if (rule.equals !== undefined) return sameValue(answer, rule.equals);
  if (rule.notEquals !== undefined) return answer !== undefined && !sameValue(answer, rule.notEquals);
  if (rule.includes !== undefined) {
    return Array.isArray(answer) ? answer.includes(rule.includes) : answer === rule.includes;
  }
  return true;
}

/**
 * The questions shown for these answers. A hidden question's answer counts as
 * unanswered for the rules of others, so a chain (q3 depends on q2, which
 * depends on q1) hides together; repeated until nothing changes, so the order
 * of questions in the definition does not matter.
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Set<string> {
  let visible = new Set(questions.map((q) => q.id));
  for (let round = 0; round <= questions.length; round++) {
    const effective: Record<string, AnswerValue | undefined> = {};
    for (const id of visible) effective[id] = answers[id];
    const next = new Set(questions.filter((q) => isVisible(q.visibleIf, effective)).map((q) => q.id));
    if (next.size === visible.size && [...next].every((id) => visible.has(id))) return next;
    visible = next;
  }
  return visible;
}
