import type { Question, SurveyDefinition, VisibleIf } from './survey.schema.js';

/*
 * The checks a definition needs beyond its schema, without zod: the element
 * runs them on a definition definition-check.ts vouches for before its zod
 * checks have loaded, and definition.ts runs them after the schema.
 */

/** One problem of a definition, for the webmaster: where (a JSON path) and what. */
export interface DefinitionProblem {
  path: string;
  problem: string;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export type Path = readonly PropertyKey[];

/** `['pages', 0, 'questions', 3, 'options']` → `pages[0].questions[3].options`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(the survey)';
}

export interface Located {
  question: Question;
  path: PropertyKey[];
}

/** The questions of a valid definition with their paths (no second parse). */
export function locate(definition: SurveyDefinition): { located: Located[]; ids: Set<string> } {
  const located: Located[] = [];
  definition.pages?.forEach((page, p) =>
    page.questions.forEach((question, q) => located.push({ question, path: ['pages', p, 'questions', q] })),
  );
  definition.questions?.forEach((question, q) => located.push({ question, path: ['questions', q] }));
  return { located, ids: new Set(located.map((l) => l.question.id)) };
}

/**
 * Ids become keys of plain objects (the answers, a likert answer, the draft). A name
 * every object already has (`__proto__`, `constructor`, `toString`…) would be read back
 * as a function or lost when set, so it cannot be a question or item id.
 */
export const isReservedId = (id: string) => id in Object.prototype;
export const reservedIdProblem = (id: string) =>
  `"${id}" is a name every JavaScript object already has, so it cannot be an id; choose another`;

/**
 * Checks that need the whole definition: id uniqueness, visibleIf targets,
 * consistent limits. `questions` are those valid on their own, with their paths,
 * and every id the definition gives.
 */
export function crossCheck(data: unknown, { located, ids }: { located: Located[]; ids: Set<string> }): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: Path, problem: string) => problems.push({ path: formatPath(path), problem });

  if (isObject(data)) {
    const pages = data['pages'] !== undefined;
    const questions = data['questions'] !== undefined;
    if (pages && questions) add(['questions'], 'give either "pages" or "questions", not both');
    if (!pages && !questions) add([], 'needs "pages" (a list of pages) or "questions"');
  }

  const seen = new Map<string, PropertyKey[]>();
  for (const { question, path } of located) {
    const first = seen.get(question.id);
    if (isReservedId(question.id)) add([...path, 'id'], reservedIdProblem(question.id));
    else if (first) add([...path, 'id'], `the id "${question.id}" is already used by ${formatPath(first)}`);
    else seen.set(question.id, path);
  }

  const unique = (values: readonly (string | number)[], path: PropertyKey[], key: string, what: string) => {
    const used = new Set<string | number>();
    values.forEach((v, i) => {
      if (used.has(v)) add([...path, i, key], `the ${what} ${JSON.stringify(v)} is used twice`);
      used.add(v);
    });
  };

  const checkRule = (rule: VisibleIf, path: PropertyKey[], self: string) => {
    const lists = (['all', 'any'] as const).filter((k) => rule[k] !== undefined);
    const operators = (['equals', 'notEquals', 'includes'] as const).filter((k) => rule[k] !== undefined);
    if (lists.length) {
      if (lists.length > 1 || rule.question !== undefined || operators.length) {
        add(path, 'a rule is either {"all": [...]}, {"any": [...]} or {"question", "equals" | "notEquals" | "includes"}');
        return;
      }
      const list = lists[0]!;
      const rules = rule[list]!;
      if (!rules.length) add([...path, list], 'at least one rule');
      rules.forEach((r, i) => checkRule(r, [...path, list, i], self));
      return;
    }
    if (rule.question === undefined) {
      add(path, 'a rule needs "question" with "equals", "notEquals" or "includes" (or "all" / "any")');
      return;
    }
    if (operators.length !== 1) add(path, 'use exactly one of "equals", "notEquals" or "includes"');
    if (rule.question === self) add([...path, 'question'], 'a question cannot depend on its own answer');
    else if (!ids.has(rule.question)) add([...path, 'question'], `there is no question "${rule.question}" in this survey`);
  };

  for (const { question, path } of located) {
    switch (question.type) {
      case 'single':
      case 'multiple':
      case 'dropdown':
        unique(
          question.options.map((o) => o.value),
          [...path, 'options'],
          'value',
          'option value',
        );
        if (question.type !== 'dropdown' && question.other && question.options.some((o) => o.value === 'other')) {
          add([...path, 'other'], 'an option already has the value "other", which "other": true adds');
        }
        if (question.type === 'multiple') {
          const choices = question.options.length + (question.other ? 1 : 0);
          if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
            add([...path, 'min'], 'must not be more than "max"');
          }
          if (question.min !== undefined && question.min > choices) add([...path, 'min'], `there are only ${choices} choices`);
        }
        break;
      case 'likert':
        if (question.scale === undefined && question.options === undefined) {
          add(path, 'a likert question needs a "scale" (agreement4, agreement5, frequency5, satisfaction5, confidence5) or "options"');
        }
        if (question.scale !== undefined && question.options !== undefined) {
          add([...path, 'options'], 'give either "scale" or "options", not both');
        }
        if (question.options) {
          unique(
            question.options.map((o) => o.value),
            [...path, 'options'],
            'value',
            'option value',
          );
          if (question.notSure && question.options.some((o) => o.value === 'not-sure')) {
            add([...path, 'notSure'], 'an option already has the value "not-sure", which "notSure": true adds');
          }
        }
        unique(
          question.items.map((item) => item.id),
          [...path, 'items'],
          'id',
          'item id',
        );
        question.items.forEach((item, i) => {
          if (isReservedId(item.id)) add([...path, 'items', i, 'id'], reservedIdProblem(item.id));
        });
        break;
      case 'number':
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          add([...path, 'min'], 'must not be more than "max"');
        }
        break;
      case 'date':
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          add([...path, 'min'], 'must not be after "max"');
        }
        break;
      default:
        break;
    }
    if (question.visibleIf) checkRule(question.visibleIf, [...path, 'visibleIf'], question.id);
  }
  return problems;
}
