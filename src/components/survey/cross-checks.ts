import { msg } from '@lit/localize';
import type { ProblemWords } from './cross-check-words.js';
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
  return out || msg('(the survey)', { id: 'survey.def.whole' });
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

/**
 * Checks that need the whole definition: id uniqueness, visibleIf targets,
 * consistent limits. `questions` are those valid on their own, with their paths,
 * and every id the definition gives; `say` words each problem (cross-check-words.ts).
 */
export function crossCheck(
  data: unknown,
  { located, ids }: { located: Located[]; ids: Set<string> },
  say: ProblemWords,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: Path, problem: string) => problems.push({ path: formatPath(path), problem });

  if (isObject(data)) {
    const pages = data['pages'] !== undefined;
    const questions = data['questions'] !== undefined;
    if (pages && questions) add(['questions'], say.pagesOrQuestions());
    if (!pages && !questions) add([], say.needsPages());
  }

  const seen = new Map<string, PropertyKey[]>();
  for (const { question, path } of located) {
    const first = seen.get(question.id);
    if (isReservedId(question.id)) add([...path, 'id'], say.reservedId(question.id));
    else if (first) add([...path, 'id'], say.idUsed(question.id, formatPath(first)));
    else seen.set(question.id, path);
  }

  const unique = (values: readonly (string | number)[], path: PropertyKey[], key: string, twice: (value: string) => string) => {
    const used = new Set<string | number>();
    values.forEach((v, i) => {
      if (used.has(v)) add([...path, i, key], twice(JSON.stringify(v)));
      used.add(v);
    });
  };

  const checkRule = (rule: VisibleIf, path: PropertyKey[], self: string) => {
    const lists = (['all', 'any'] as const).filter((k) => rule[k] !== undefined);
    const operators = (['equals', 'notEquals', 'includes'] as const).filter((k) => rule[k] !== undefined);
    if (lists.length) {
      if (lists.length > 1 || rule.question !== undefined || operators.length) {
        add(path, say.ruleShape());
        return;
      }
      const list = lists[0]!;
      const rules = rule[list]!;
      if (!rules.length) add([...path, list], say.ruleEmpty());
      rules.forEach((r, i) => checkRule(r, [...path, list, i], self));
      return;
    }
    if (rule.question === undefined) {
      add(path, say.ruleQuestion());
      return;
    }
    if (operators.length !== 1) add(path, say.ruleOperator());
    if (rule.question === self) add([...path, 'question'], say.ruleSelf());
    else if (!ids.has(rule.question)) add([...path, 'question'], say.ruleUnknown(rule.question));
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
          say.optionTwice,
        );
        if (question.type !== 'dropdown' && question.other && question.options.some((o) => o.value === 'other')) {
          add([...path, 'other'], say.otherTaken());
        }
        if (question.type === 'multiple') {
          const choices = question.options.length + (question.other ? 1 : 0);
          if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
            add([...path, 'min'], say.minOverMax());
          }
          if (question.min !== undefined && question.min > choices) add([...path, 'min'], say.minOverChoices(choices));
        }
        break;
      case 'likert':
        if (question.scale === undefined && question.options === undefined) {
          add(path, say.likertScale());
        }
        if (question.scale !== undefined && question.options !== undefined) {
          add([...path, 'options'], say.scaleOrOptions());
        }
        if (question.options) {
          unique(
            question.options.map((o) => o.value),
            [...path, 'options'],
            'value',
            say.optionTwice,
          );
          if (question.notSure && question.options.some((o) => o.value === 'not-sure')) {
            add([...path, 'notSure'], say.notSureTaken());
          }
        }
        unique(
          question.items.map((item) => item.id),
          [...path, 'items'],
          'id',
          say.itemTwice,
        );
        question.items.forEach((item, i) => {
          if (isReservedId(item.id)) add([...path, 'items', i, 'id'], say.reservedId(item.id));
        });
        break;
      case 'number':
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          add([...path, 'min'], say.minOverMax());
        }
        break;
      case 'date':
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          add([...path, 'min'], say.minAfterMax());
        }
        break;
      default:
        break;
    }
    if (question.visibleIf) checkRule(question.visibleIf, [...path, 'visibleIf'], question.id);
  }
  return problems;
}
