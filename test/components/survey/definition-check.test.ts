import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDefinition } from '../../../src/components/survey/definition.js';
import { vouchedSurvey } from '../../../src/components/survey/definition-check.js';
import { MAX_RULE_DEPTH } from '../../../src/components/survey/survey-limits.js';
import { expectSameParse } from '../../same-parse.js';

/** The survey zod's path makes of `data`, which must be valid and free of unknown keys. */
function zodSurvey(data: unknown) {
  const result = parseDefinition(data);
  expect(result.ok, JSON.stringify(result)).to.equal(true);
  expect(result.unknownKeys).to.deep.equal([]);
  return result.ok ? result.survey : undefined;
}

// Near-valid definitions: mostly well formed, some values at or past an edge, some keys left out or misspelt.
const field = <T, U>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<U>) => fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: edge });
const ids = ['q1', 'q2', 'q3', 'q4', 'q-5', 'q_6'];
const id = field(fc.constantFrom(...ids), fc.constantFrom('', 'a.b', 'x'.repeat(65), 'toString', '__proto__', 7, null));
const validKey = fc.constantFrom('en', 'es', 'zh-Hant', 'pt_BR', 'som');
const anyKey = fc.oneof(validKey, fc.constantFrom('e', 'engl', 'en-', '1a', '__proto__', 'constructor'));
const validText = fc.oneof(fc.string({ maxLength: 6 }), fc.dictionary(validKey, fc.string({ maxLength: 6 }), { maxKeys: 3 }));
const text = field(validText, fc.oneof(fc.dictionary(anyKey, fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxKeys: 2 }), fc.anything()));
const count = field(fc.nat(6), fc.constantFrom(-1, 1.5, NaN, Infinity, 2 ** 53, '3'));
const number = field(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity, '1', null));
const optionValue = field(fc.constantFrom('a', 'b', 'c', 'other', 'not-sure'), fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201), 1));
/** Mostly distinct values (a list's entries in order), so a repeated value is the exception. */
const distinct = <T extends object>(list: T[], key: keyof T, values: readonly unknown[]) =>
  list.map((entry, i) => (i % 5 !== 4 ? { ...entry, [key]: values[i % values.length] } : entry));
const options = (value: fc.Arbitrary<unknown>, min: number) =>
  field(
    fc.array(fc.record({ value, label: text }), { minLength: min, maxLength: 4 }).map((list) => distinct(list, 'value', ['a', 'b', 'c', 'd'])),
    fc.oneof(fc.constant([]), fc.array(fc.record({ value, label: text, note: fc.string() }, { requiredKeys: ['value'] }), { maxLength: 2 })),
  );
const ruleValue = field(
  fc.oneof(fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 })),
  fc.constantFrom(NaN, Infinity, null, [1], {}),
);
const operator = fc.oneof(
  fc.record({ equals: ruleValue }),
  fc.record({ notEquals: ruleValue }),
  fc.record({ includes: field(fc.constant('a'), fc.constant(1)) }),
);
const { rule } = fc.letrec<{ rule: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.tuple(fc.record({ question: field(fc.constantFrom(...ids), fc.constantFrom('nope', 3)) }), operator).map(([q, op]) => ({ ...q, ...op })) },
    {
      weight: 1,
      arbitrary: fc.record(
        { question: fc.constantFrom(...ids), equals: ruleValue, notEquals: ruleValue, includes: fc.constant('a'), all: fc.constant([]) },
        { requiredKeys: [] },
      ),
    },
    { weight: 2, arbitrary: fc.record({ all: fc.array(tie('rule'), { maxLength: 2 }) }) },
    { weight: 2, arbitrary: fc.record({ any: fc.array(tie('rule'), { maxLength: 2 }) }) },
  ),
}));
const base = {
  id,
  text,
  help: text,
  required: field(fc.boolean(), fc.constant('yes')),
  visibleIf: rule,
};
const question = fc.oneof(
  fc.record({ ...base, type: fc.constant('single'), options: options(optionValue, 1), other: field(fc.boolean(), fc.constant(1)) }, { requiredKeys: ['id', 'type', 'text', 'options'] }),
  fc.record({ ...base, type: fc.constant('multiple'), options: options(optionValue, 1), other: field(fc.boolean(), fc.constant(1)), min: count, max: count }, { requiredKeys: ['id', 'type', 'text', 'options'] }),
  fc.record({ ...base, type: fc.constant('dropdown'), options: options(optionValue, 1) }, { requiredKeys: ['id', 'type', 'text', 'options'] }),
  fc.record(
    {
      ...base,
      type: fc.constant('likert'),
      notSure: field(fc.boolean(), fc.constant(0)),
      items: field(
        fc
          .array(fc.record({ id, text, group: field(fc.string({ maxLength: 4 }), fc.constant(2)) }, { requiredKeys: ['id', 'text'] }), { minLength: 1, maxLength: 3 })
          .map((list) => distinct(list, 'id', ['i1', 'i2', 'i3'])),
        fc.constant([]),
      ),
    },
    { requiredKeys: ['id', 'type', 'text', 'items'] },
  ).chain((q) =>
    fc
      .oneof(
        { weight: 5, arbitrary: fc.record({ scale: field(fc.constantFrom('agreement4', 'agreement5', 'frequency5', 'satisfaction5', 'confidence5'), fc.constantFrom('agreement3', 'toString', 5)) }) },
        { weight: 5, arbitrary: fc.record({ options: options(fc.oneof(optionValue, fc.integer({ min: 1, max: 3 })), 2) }) },
        { weight: 1, arbitrary: fc.record({ scale: fc.constant('agreement5'), options: options(fc.integer({ min: 1, max: 3 }), 2) }, { requiredKeys: [] }) },
      )
      .map((scale) => ({ ...q, ...scale })),
  ),
  fc.record({ ...base, type: fc.constant('rating'), max: field(fc.integer({ min: 2, max: 10 }), fc.constantFrom(1, 11, 2.5)), minLabel: text, maxLabel: text }, { requiredKeys: ['id', 'type', 'text'] }),
  fc.record({ ...base, type: fc.constantFrom('yesno', 'email', 'phone', 'checkbox') }, { requiredKeys: ['id', 'type', 'text'] }),
  fc.record({ ...base, type: fc.constant('text'), multiline: field(fc.boolean(), fc.constant('true')), maxLength: field(fc.integer({ min: 1, max: 10000 }), fc.constantFrom(0, 10001, 1.5)) }, { requiredKeys: ['id', 'type', 'text'] }),
  fc.record({ ...base, type: fc.constant('number'), min: number, max: number, step: field(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.constantFrom(0, -1)) }, { requiredKeys: ['id', 'type', 'text'] }),
  fc.record({ ...base, type: fc.constant('date'), min: field(fc.constantFrom('2026-01-01', '2026-12-31'), fc.constantFrom('2026-1-1', 'soon')), max: field(fc.constantFrom('2026-06-30', '2027-01-01'), fc.constant(20270101)) }, { requiredKeys: ['id', 'type', 'text'] }),
);
/** Mostly unique ids (each question q1, q2… in order), so whole-definition problems are the exception. */
const uniqueIds = (list: unknown) =>
  Array.isArray(list) ? list.map((q, i) => (q && typeof q === 'object' && i % 7 !== 6 ? { ...q, id: ids[i % ids.length] } : q)) : list;
const questions = field(fc.array(question, { minLength: 1, maxLength: 4 }), fc.constantFrom([], {})).map(uniqueIds);
const definition = fc
  .tuple(
    fc.record(
      {
        id: field(fc.constantFrom('s', 'fall-2026'), fc.constantFrom('', 'x'.repeat(201), 1)),
        title: text,
        anonymous: field(fc.boolean(), fc.constant('no')),
        submitLabel: text,
      },
      { requiredKeys: ['id'] },
    ),
    fc.oneof(
      { weight: 10, arbitrary: fc.record({ pages: fc.array(fc.record({ title: text, questions }, { requiredKeys: ['questions'] }), { minLength: 1, maxLength: 2 }) }) },
      { weight: 10, arbitrary: fc.record({ questions }) },
      { weight: 1, arbitrary: fc.record({ pages: fc.constant([]), questions }) },
      { weight: 1, arbitrary: fc.constant({}) },
    ),
    fc.oneof({ weight: 20, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.record({ titel: fc.string() }) }),
  )
  .map(([head, body, typo]) => ({ ...head, ...body, ...typo }));

describe('the hand check of a survey definition', () => {
  it('vouches for every sample survey, parsing each exactly as zod does', async () => {
    const names = ['family-needs-communication', 'family-night-feedback', 'family-school-partnership'];
    const samples = await Promise.all(names.map(async (name) => (await fetch(`/samples/surveys/${name}.json`)).json() as Promise<unknown>));
    for (const data of samples) {
      const quick = vouchedSurvey(data);
      expect(quick, JSON.stringify(data).slice(0, 80)).to.not.equal(undefined);
      expectSameParse(quick, zodSurvey(data));
    }
  });

  it('knows every key of every question type, in the schema’s order', () => {
    const everything = {
      id: 'all',
      title: { en: 'All', es: 'Todo' },
      description: 'd',
      anonymous: true,
      submitLabel: 'Send',
      pages: [
        {
          title: 'p',
          description: 'd',
          questions: [
            { type: 'single', id: 'a', text: 't', help: 'h', required: true, visibleIf: { question: 'b', equals: 'x' }, options: [{ label: 'X', value: 'x' }], other: true },
            { type: 'multiple', id: 'b', text: 't', options: [{ value: 'x', label: 'X' }], other: false, min: 0, max: 1 },
            { type: 'dropdown', id: 'c', text: 't', options: [{ value: 'x', label: 'X' }], visibleIf: { all: [{ question: 'b', includes: 'x' }, { any: [{ question: 'a', notEquals: ['x'] }] }] } },
            { type: 'likert', id: 'd', text: 't', options: [{ value: 1, label: 'one' }, { value: 'two', label: 'two' }], notSure: true, items: [{ id: 'd1', text: 'i', group: 'g' }] },
            { type: 'likert', id: 'e', text: 't', scale: 'confidence5', items: [{ id: 'e1', text: 'i' }] },
            { type: 'rating', id: 'f', text: 't', max: 10, minLabel: 'low', maxLabel: { en: 'high' } },
            { type: 'text', id: 'g', text: 't', multiline: true, maxLength: 10000 },
            { type: 'number', id: 'h', text: 't', min: -1.5, max: 2, step: 0.5 },
            { type: 'date', id: 'i', text: 't', min: '2026-01-01', max: '2026-12-31' },
            { type: 'yesno', id: 'j', text: 't' },
            { type: 'email', id: 'k', text: 't' },
            { type: 'phone', id: 'l', text: 't' },
          ],
        },
      ],
    };
    const quick = vouchedSurvey(everything);
    expect(quick).to.not.equal(undefined);
    expectSameParse(quick, zodSurvey(everything));
  });

  it('never vouches for what zod’s path rejects or warns about, and parses what it vouches for exactly as zod does', () => {
    let vouched = 0;
    fc.assert(
      fc.property(definition, (data) => {
        const quick = vouchedSurvey(data);
        if (quick === undefined) return;
        vouched++;
        expectSameParse(quick, zodSurvey(data));
      }),
      // A fixed seed: the same cases on every run (each one a zod parse).
      { numRuns: 1500, seed: 20261130 },
    );
    expect(vouched, 'definitions the check vouched for').to.be.above(30);
  });

  it('leaves unusual input to zod, and never throws', () => {
    const good = { id: 's', questions: [{ id: 'q1', type: 'yesno', text: 'Q' }] };
    expect(vouchedSurvey(good)).to.not.equal(undefined);
    class Definition {
      id = 's';
      questions = good.questions;
    }
    expect(vouchedSurvey(new Definition())).to.equal(undefined);
    // zod's objects read their own keys only: a symbol or hidden key beside them changes nothing
    const symbol = { ...good, [Symbol('s')]: 1 };
    expectSameParse(vouchedSurvey(symbol), zodSurvey(symbol));
    const hidden = Object.defineProperty({ ...good }, 'titel', { value: 'x', enumerable: false });
    expectSameParse(vouchedSurvey(hidden), zodSurvey(hidden));
    // but a text map's are read as entries
    expect(vouchedSurvey({ ...good, title: { en: 'x', [Symbol('s')]: 'y' } })).to.equal(undefined);
    expect(vouchedSurvey({ ...good, title: Object.defineProperty({ en: 'x' }, 'es', { value: 'y', enumerable: false }) })).to.equal(undefined);
    expect(vouchedSurvey({ ...good, title: undefined })).to.equal(undefined);
    const hostile = Object.defineProperty({ ...good }, 'title', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(vouchedSurvey(hostile)).to.equal(undefined);
    expect(vouchedSurvey(null)).to.equal(undefined);
    expect(vouchedSurvey([good])).to.equal(undefined);
  });

  it('leaves rules nested deeper than the limit to zod’s path, which names them', () => {
    const nested = (depth: number): unknown => (depth === 1 ? { question: 'q1', equals: true } : { all: [nested(depth - 1)] });
    const withRule = (depth: number) => ({
      id: 's',
      questions: [
        { id: 'q1', type: 'yesno', text: 'Q' },
        { id: 'q2', type: 'yesno', text: 'Q', visibleIf: nested(depth) },
      ],
    });
    expectSameParse(vouchedSurvey(withRule(MAX_RULE_DEPTH)), zodSurvey(withRule(MAX_RULE_DEPTH)));
    expect(vouchedSurvey(withRule(MAX_RULE_DEPTH + 1))).to.equal(undefined);
    expect(parseDefinition(withRule(MAX_RULE_DEPTH + 1)).ok).to.equal(false);
  });
});
