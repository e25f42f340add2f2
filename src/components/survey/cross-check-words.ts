import { msg, str } from '@lit/localize';

/**
 * The webmaster's words for each problem crossCheck finds (cross-checks.ts).
 * Only definition.ts, loaded with the survey's zod checks, words problems: the
 * hand check that shows a good survey at once only counts them, so these
 * words stay out of the survey's first load.
 */
export const problemWords = {
  reservedId: (id: string) =>
    msg(str`"${id}" is a name every JavaScript object already has, so it cannot be an id; choose another`, {
      id: 'survey.def.reserved-id',
    }),
  pagesOrQuestions: () => msg('give either "pages" or "questions", not both', { id: 'survey.def.pages-or-questions' }),
  needsPages: () => msg('needs "pages" (a list of pages) or "questions"', { id: 'survey.def.needs-pages' }),
  idUsed: (id: string, where: string) => msg(str`the id "${id}" is already used by ${where}`, { id: 'survey.def.id-used' }),
  optionTwice: (value: string) => msg(str`the option value ${value} is used twice`, { id: 'survey.def.option-twice' }),
  itemTwice: (value: string) => msg(str`the item id ${value} is used twice`, { id: 'survey.def.item-twice' }),
  ruleShape: () =>
    msg('a rule is either {"all": [...]}, {"any": [...]} or {"question", "equals" | "notEquals" | "includes"}', {
      id: 'survey.def.rule-shape',
    }),
  ruleEmpty: () => msg('at least one rule', { id: 'survey.def.rule-empty' }),
  ruleQuestion: () =>
    msg('a rule needs "question" with "equals", "notEquals" or "includes" (or "all" / "any")', { id: 'survey.def.rule-question' }),
  ruleOperator: () => msg('use exactly one of "equals", "notEquals" or "includes"', { id: 'survey.def.rule-operator' }),
  ruleSelf: () => msg('a question cannot depend on its own answer', { id: 'survey.def.rule-self' }),
  ruleUnknown: (id: string) => msg(str`there is no question "${id}" in this survey`, { id: 'survey.def.rule-unknown' }),
  otherTaken: () => msg('an option already has the value "other", which "other": true adds', { id: 'survey.def.other-taken' }),
  minOverMax: () => msg('must not be more than "max"', { id: 'survey.def.min-over-max' }),
  minOverChoices: (choices: number) => msg(str`is more than the number of choices (${choices})`, { id: 'survey.def.min-choices' }),
  likertScale: () =>
    msg('a likert question needs a "scale" (agreement4, agreement5, frequency5, satisfaction5, confidence5) or "options"', {
      id: 'survey.def.likert-scale',
    }),
  scaleOrOptions: () => msg('give either "scale" or "options", not both', { id: 'survey.def.scale-or-options' }),
  notSureTaken: () =>
    msg('an option already has the value "not-sure", which "notSure": true adds', { id: 'survey.def.not-sure-taken' }),
  minAfterMax: () => msg('must not be after "max"', { id: 'survey.def.min-after-max' }),
};

export type ProblemWords = typeof problemWords;
