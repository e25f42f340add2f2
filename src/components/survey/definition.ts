import { describeContentIssue, type ContentIssue } from '../../core/content-issues.js';
import {
  likertItemSchema,
  likertOptionSchema,
  optionSchema,
  pageSchema,
  questionSchema,
  questionSchemas,
  surveyDefinitionSchema,
  visibleIfSchema,
  type Page,
  type Question,
  type SurveyDefinition,
  type VisibleIf,
} from './survey.schema.js';

/** One problem of a definition, for the webmaster: where (a JSON path) and what. */
export interface DefinitionProblem {
  path: string;
  problem: string;
}

/** A valid definition, with top-level `questions` turned into one page. */
export interface Survey {
  definition: SurveyDefinition;
  id: string;
  pages: Page[];
  /** Every question in definition order. */
  questions: Question[];
}

export type ParseResult =
  | { ok: true; survey: Survey; unknownKeys: string[] }
  | { ok: false; problems: DefinitionProblem[]; unknownKeys: string[] };

type Path = readonly PropertyKey[];

/** `['pages', 0, 'questions', 3, 'options']` → `pages[0].questions[3].options`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(the survey)';
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const keysOf = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
const questionKeys = new Map<string, Set<string>>(
  questionSchemas.map((s) => [String(s.shape.type.def.values[0]), keysOf(s)]),
);
const questionTypes = [...questionKeys.keys()];

// zod/mini ships no messages ("Invalid input"); the schema carries the
// important ones, this says what only a survey has, and content-issues.ts the rest.
function describe(issue: ContentIssue, data: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const last = issue.path[issue.path.length - 1];
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_union') {
    if (last === 'type') {
      // the discriminated union of question types: no option matched
      return value === undefined
        ? `is required (one of ${questionTypes.join(', ')})`
        : `unknown question type ${JSON.stringify(value)}; use one of ${questionTypes.join(', ')}`;
    }
    if (last === 'equals' || last === 'notEquals') return 'expected text, a number, true or false, or a list of text';
    if (last === 'value') return 'expected text or a number';
  }
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  return describeContentIssue({ ...issue, input: value });
}

/** Keys the schema does not know, by JSON path, so a typo like `visibelIf` is found. */
export function findUnknownKeys(data: unknown): string[] {
  const found: string[] = [];
  const check = (value: unknown, allowed: Set<string>, path: PropertyKey[]) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) if (!allowed.has(key)) found.push(formatPath([...path, key]));
  };
  const rule = (value: unknown, path: PropertyKey[]) => {
    check(value, ruleKeys, path);
    if (!isObject(value)) return;
    for (const list of ['all', 'any'] as const) {
      const nested = value[list];
      if (Array.isArray(nested)) nested.forEach((r, i) => rule(r, [...path, list, i]));
    }
  };
  const question = (value: unknown, path: PropertyKey[]) => {
    if (!isObject(value)) return;
    const allowed = questionKeys.get(String(value['type']));
    if (!allowed) return; // an unknown type is reported as an error instead
    check(value, allowed, path);
    const likert = value['type'] === 'likert';
    const opts = value['options'];
    if (Array.isArray(opts)) opts.forEach((o, i) => check(o, likert ? likertOptionKeys : optionKeys, [...path, 'options', i]));
    const items = value['items'];
    if (likert && Array.isArray(items)) items.forEach((it, i) => check(it, itemKeys, [...path, 'items', i]));
    if (value['visibleIf'] !== undefined) rule(value['visibleIf'], [...path, 'visibleIf']);
  };
  const questions = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((q, i) => question(q, [...path, i]));
  };
  check(data, definitionKeys, []);
  if (!isObject(data)) return found;
  if (Array.isArray(data['pages'])) {
    data['pages'].forEach((page, i) => {
      check(page, pageKeys, ['pages', i]);
      if (isObject(page)) questions(page['questions'], ['pages', i, 'questions']);
    });
  }
  questions(data['questions'], ['questions']);
  return found;
}

const definitionKeys = keysOf(surveyDefinitionSchema);
const pageKeys = keysOf(pageSchema);
const optionKeys = keysOf(optionSchema);
const likertOptionKeys = keysOf(likertOptionSchema);
const itemKeys = keysOf(likertItemSchema);
const ruleKeys = keysOf(visibleIfSchema as unknown as { shape: object });

interface Located {
  question: Question;
  path: PropertyKey[];
}

/**
 * The questions of a raw definition that are valid on their own, with their
 * paths, and every id given at all, so the whole-definition checks also run
 * (and report) while other parts are still broken.
 */
function salvage(data: unknown): { located: Located[]; ids: Set<string> } {
  const located: Located[] = [];
  const ids = new Set<string>();
  const take = (list: unknown, path: PropertyKey[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      if (isObject(raw) && typeof raw['id'] === 'string') ids.add(raw['id']);
      const parsed = questionSchema.safeParse(raw);
      if (parsed.success) located.push({ question: parsed.data, path: [...path, i] });
    });
  };
  if (isObject(data)) {
    if (Array.isArray(data['pages'])) {
      data['pages'].forEach((page, p) => {
        if (isObject(page)) take(page['questions'], ['pages', p, 'questions']);
      });
    }
    take(data['questions'], ['questions']);
  }
  return { located, ids };
}

/** The questions of a valid definition with their paths (no second parse). */
function locate(definition: SurveyDefinition): { located: Located[]; ids: Set<string> } {
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
const isReservedId = (id: string) => id in Object.prototype;
const reservedIdProblem = (id: string) =>
  `"${id}" is a name every JavaScript object already has, so it cannot be an id; choose another`;

/**
 * How deep `visibleIf` rules may nest (`{"all": [{"any": [...]}]}` is two): far beyond
 * any real survey, far below what would exhaust the stack of the checks that walk them.
 */
export const MAX_RULE_DEPTH = 32;

/** Rules nested deeper than MAX_RULE_DEPTH, found without recursion, before anything recursive reads them. */
function tooDeepRules(data: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const questions = (list: unknown, path: PropertyKey[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((question: unknown, i) => {
      if (!isObject(question) || question['visibleIf'] === undefined) return;
      const stack: { rule: unknown; depth: number; path: PropertyKey[] }[] = [
        { rule: question['visibleIf'], depth: 1, path: [...path, i, 'visibleIf'] },
      ];
      while (stack.length) {
        const { rule, depth, path: at } = stack.pop()!;
        if (depth > MAX_RULE_DEPTH) {
          problems.push({ path: formatPath(at), problem: `rules are nested more than ${MAX_RULE_DEPTH} levels deep` });
          return;
        }
        if (!isObject(rule)) continue;
        for (const key of ['all', 'any'] as const) {
          const nested = rule[key];
          if (Array.isArray(nested)) nested.forEach((r, j) => stack.push({ rule: r, depth: depth + 1, path: [...at, key, j] }));
        }
      }
    });
  };
  if (isObject(data)) {
    if (Array.isArray(data['pages'])) {
      data['pages'].forEach((page, p) => {
        if (isObject(page)) questions(page['questions'], ['pages', p, 'questions']);
      });
    }
    questions(data['questions'], ['questions']);
  }
  return problems;
}

/** Checks that need the whole definition: id uniqueness, visibleIf targets, consistent limits. */
function crossCheck(data: unknown, valid?: SurveyDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: Path, problem: string) => problems.push({ path: formatPath(path), problem });

  if (isObject(data)) {
    const pages = data['pages'] !== undefined;
    const questions = data['questions'] !== undefined;
    if (pages && questions) add(['questions'], 'give either "pages" or "questions", not both');
    if (!pages && !questions) add([], 'needs "pages" (a list of pages) or "questions"');
  }

  const { located, ids } = valid ? locate(valid) : salvage(data);
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

/**
 * Validates a definition with the one survey schema, then the checks that need
 * the whole definition. Never throws: every problem comes back with its path.
 */
export function parseDefinition(data: unknown): ParseResult {
  // The schema and the checks below walk rules recursively: rules too deep for them stop here.
  const tooDeep = tooDeepRules(data);
  if (tooDeep.length) return { ok: false, problems: tooDeep, unknownKeys: [] };
  const unknownKeys = findUnknownKeys(data);
  const result = surveyDefinitionSchema.safeParse(data);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: formatPath(issue.path), problem: describe(issue as ContentIssue, data) }));
  // the whole-definition checks run on every valid question, so one pass lists everything
  const seenProblems = new Set(problems.map((p) => `${p.path}\n${p.problem}`));
  for (const p of crossCheck(data, result.success ? result.data : undefined)) if (!seenProblems.has(`${p.path}\n${p.problem}`)) problems.push(p);
  if (!result.success || problems.length) return { ok: false, problems, unknownKeys };
  const definition = result.data;
  const pages = definition.pages ?? [{ questions: definition.questions ?? [] }];
  return {
    ok: true,
    unknownKeys,
    survey: { definition, id: definition.id, pages, questions: pages.flatMap((p) => p.questions) },
  };
}
