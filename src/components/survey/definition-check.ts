import type { LocalizedText } from '../../core/i18n/localized-text.js';
import type { ProblemWords } from './cross-check-words.js';
import { crossCheck, locate } from './cross-checks.js';
import { scaleLabels } from './likert-scales.js';
import type { Page, Question, SurveyDefinition, VisibleIf } from './survey.schema.js';
import { MAX_RULE_DEPTH } from './survey-limits.js';

/*
 * Waiting for the zod checks (a lazily loaded chunk) before anything is shown
 * was most of a survey's first render. This check is survey.schema.ts's rules
 * written out by hand, and never looser: whatever it accepts, the schema
 * accepts and parses to an equal definition (same keys, same order; a
 * property test holds it to that). Anything unusual it declines, unknown keys
 * included, and the element waits for zod, which words the problems for the
 * webmaster and warns about the keys.
 */

/** A valid definition, with top-level `questions` turned into one page. */
export interface Survey {
  definition: SurveyDefinition;
  id: string;
  pages: Page[];
  /** Every question in definition order. */
  questions: Question[];
}

/** The survey of a definition that passed every check. */
export function surveyOf(definition: SurveyDefinition): Survey {
  const pages = definition.pages ?? [{ questions: definition.questions ?? [] }];
  return { definition, id: definition.id, pages, questions: pages.flatMap((p) => p.questions) };
}

/** A check returns what the schema would parse the value to, or undefined when it cannot vouch for it. */
type Check = (value: unknown) => unknown;
/** A key of a schema object, in the schema's order: its check, and whether it may be left out. */
type Field = readonly [key: string, check: Check, optional?: boolean];

/**
 * Plain objects (a class instance is left to zod). zod's objects read only
 * their own keys, as `object()` does, so symbol and non-enumerable keys need
 * no care there; records (text maps) do, see `text()`.
 */
function plainObject(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null ? (value as Record<string, unknown>) : undefined;
}

/** A schema object's fields and their keys (to decline unknown ones: zod's path warns the webmaster about them). */
interface Shape {
  fields: readonly Field[];
  keys: ReadonlySet<string>;
}
const shape = (fields: readonly Field[]): Shape => ({ fields, keys: new Set(fields.map(([key]) => key)) });

function object(value: unknown, { fields, keys }: Shape): Record<string, unknown> | undefined {
  const input = plainObject(value);
  if (!input) return undefined;
  for (const key of Object.keys(input)) if (!keys.has(key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, check, optional] of fields) {
    if (!Object.hasOwn(input, key)) {
      if (optional) continue;
      return undefined;
    }
    const parsed = check(input[key]);
    if (parsed === undefined) return undefined;
    out[key] = parsed;
  }
  return out;
}

function array(value: unknown, item: Check, min = 0): unknown[] | undefined {
  if (!Array.isArray(value) || value.length < min) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    const parsed = item(value[i]);
    if (parsed === undefined) return undefined;
    out.push(parsed);
  }
  return out;
}

const LANGUAGE_KEY = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/;

function text(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return value;
  const input = plainObject(value);
  // zod's records also read symbol and non-enumerable keys: such a map is left to zod
  if (!input || Reflect.ownKeys(input).length !== Object.keys(input).length) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(input)) {
    const v = input[key];
    if (typeof v !== 'string' || !LANGUAGE_KEY.test(key)) return undefined;
    out[key] = v;
  }
  return out;
}

const string = (v: unknown) => (typeof v === 'string' ? v : undefined);
const boolean = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => (v: unknown) =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? v : undefined;
const matching = (pattern: RegExp) => (v: unknown) => (typeof v === 'string' && pattern.test(v) ? v : undefined);
const lengthBetween = (min: number, max: number) => (v: unknown) =>
  typeof v === 'string' && v.length >= min && v.length <= max ? v : undefined;
const literal = (expected: string) => (v: unknown) => (v === expected ? v : undefined);

const questionId = matching(/^[A-Za-z0-9_-]{1,64}$/);
const optionValue = lengthBetween(1, 200);
const ruleValue = (v: unknown) => string(v) ?? number(v) ?? boolean(v) ?? array(v, string);

/** `visibleIf` rules nested `depth` deep, one shape per depth; deeper than MAX_RULE_DEPTH is zod's path's problem to word. */
const ruleShapes: Shape[] = [];
function rule(value: unknown, depth: number): VisibleIf | undefined {
  if (depth > MAX_RULE_DEPTH) return undefined;
  const nested = (v: unknown) => array(v, (r) => rule(r, depth + 1));
  ruleShapes[depth] ??= shape([
    ['question', string, true],
    ['equals', ruleValue, true],
    ['notEquals', ruleValue, true],
    ['includes', string, true],
    ['all', nested, true],
    ['any', nested, true],
  ]);
  return object(value, ruleShapes[depth]) as VisibleIf | undefined;
}

const optionShape = shape([['value', optionValue], ['label', text]]);
const options = (v: unknown) => array(v, (o) => object(o, optionShape), 1);
const likertOptionShape = shape([['value', (v) => optionValue(v) ?? number(v)], ['label', text]]);
const likertItemShape = shape([['id', questionId], ['text', text], ['group', string, true]]);

const base: readonly Field[] = [
  ['id', questionId],
  ['text', text],
  ['help', text, true],
  ['required', boolean, true],
  ['visibleIf', (v) => rule(v, 1), true],
];

/** The keys each question type adds after `type`, as in survey.schema.ts. */
const questionFields: Record<Question['type'], readonly Field[]> = {
  single: [['options', options], ['other', boolean, true]],
  multiple: [
    ['options', options],
    ['other', boolean, true],
    ['min', integer(0), true],
    ['max', integer(0), true],
  ],
  dropdown: [['options', options]],
  likert: [
    ['scale', (v) => (typeof v === 'string' && Object.hasOwn(scaleLabels, v) ? v : undefined), true],
    ['options', (v) => array(v, (o) => object(o, likertOptionShape), 2), true],
    ['notSure', boolean, true],
    ['items', (v) => array(v, (item) => object(item, likertItemShape), 1)],
  ],
  rating: [
    ['max', integer(2, 10), true],
    ['minLabel', text, true],
    ['maxLabel', text, true],
  ],
  yesno: [],
  text: [
    ['multiline', boolean, true],
    ['maxLength', integer(1, 10000), true],
  ],
  number: [
    ['min', number, true],
    ['max', number, true],
    ['step', (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined), true],
  ],
  email: [],
  phone: [],
  date: [
    ['min', matching(/^\d{4}-\d{2}-\d{2}$/), true],
    ['max', matching(/^\d{4}-\d{2}-\d{2}$/), true],
  ],
};

/** Each question type's shape: the base keys, `type`, then its own. */
const questionShapes = new Map(
  Object.entries(questionFields).map(([type, fields]) => [type, shape([...base, ['type', literal(type)], ...fields])]),
);

function question(value: unknown): Question | undefined {
  const type = plainObject(value)?.['type'];
  const questionShape = typeof type === 'string' ? questionShapes.get(type) : undefined;
  return questionShape && (object(value, questionShape) as Question | undefined);
}

const questions = (v: unknown) => array(v, question, 1);
const pageShape = shape([
  ['title', text, true],
  ['description', text, true],
  ['questions', questions],
]);
const definitionShape = shape([
  ['id', lengthBetween(1, 200)],
  ['title', text, true],
  ['description', text, true],
  ['anonymous', boolean, true],
  ['submitLabel', text, true],
  ['pages', (v) => array(v, (page) => object(page, pageShape), 1), true],
  ['questions', questions, true],
]);

/** The definition as `surveyDefinitionSchema` would parse it, or undefined when this check cannot vouch for it. */
export function checkDefinition(data: unknown): SurveyDefinition | undefined {
  return object(data, definitionShape) as SurveyDefinition | undefined;
}

/**
 * Problems are only counted here: a survey with any waits for zod, whose path
 * words them (definition.ts with cross-check-words.ts, loaded lazily).
 */
const unworded = new Proxy({}, { get: () => () => '' }) as ProblemWords;

/**
 * The survey of a definition this check and the whole-definition checks vouch
 * for, so it can be shown before zod has loaded; undefined means: ask zod.
 * Never throws (a getter on a hand-made `.definition` may).
 */
export function vouchedSurvey(data: unknown): Survey | undefined {
  try {
    const definition = checkDefinition(data);
    return definition && crossCheck(data, locate(definition), unworded).length === 0 ? surveyOf(definition) : undefined;
  } catch {
    return undefined;
  }
}
