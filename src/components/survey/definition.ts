import { msg, str } from '@lit/localize';
import { describeContentIssue, type ContentIssue } from '../../core/content-issues.js';
import { problemWords } from './cross-check-words.js';
import { crossCheck, formatPath, isObject, locate, type DefinitionProblem, type Located, type Path } from './cross-checks.js';
import { surveyOf, type Survey } from './definition-check.js';
import {
  likertItemSchema,
  likertOptionSchema,
  optionSchema,
  pageSchema,
  questionSchema,
  questionSchemas,
  surveyDefinitionSchema,
  visibleIfSchema,
} from './survey.schema.js';
import { MAX_RULE_DEPTH } from './survey-limits.js';

export type { DefinitionProblem } from './cross-checks.js';
export type { Survey } from './definition-check.js';

export type ParseResult =
  | { ok: true; survey: Survey; unknownKeys: string[] }
  | { ok: false; problems: DefinitionProblem[]; unknownKeys: string[] };

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

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
      const types = questionTypes.join(', ');
      if (value === undefined) return msg(str`is required (one of ${types})`, { id: 'survey.def.type-missing' });
      const type = JSON.stringify(value);
      return msg(str`unknown question type ${type}; use one of ${types}`, { id: 'survey.def.type-unknown' });
    }
    if (last === 'equals' || last === 'notEquals') {
      return msg('expected text, a number, true or false, or a list of text', { id: 'survey.def.rule-value' });
    }
    if (last === 'value') return msg('expected text or a number', { id: 'survey.def.option-value' });
  }
  if (issue.code === 'invalid_type' && value === undefined) return msg('is required', { id: 'survey.def.required' });
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
          const limit = MAX_RULE_DEPTH;
          const problem = msg(str`rules are nested more than ${limit} levels deep`, { id: 'survey.def.rule-depth' });
          problems.push({ path: formatPath(at), problem });
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
  for (const p of crossCheck(data, result.success ? locate(result.data) : salvage(data), problemWords)) if (!seenProblems.has(`${p.path}\n${p.problem}`)) problems.push(p);
  if (!result.success || problems.length) return { ok: false, problems, unknownKeys };
  return { ok: true, unknownKeys, survey: surveyOf(result.data) };
}
