import { expect } from '@open-wc/testing';
import { findUnknownKeys, parseDefinition } from '../../../src/components/survey/definition.js';

type Problems = { path: string; problem: string }[];

function problemsOf(data: unknown): Problems {
  const result = parseDefinition(data);
  if (result.ok) throw new Error('expected the definition to be invalid');
  return result.problems;
}

const has = (problems: Problems, path: string, words: string) =>
  expect(
    problems.some((p) => p.path === path && p.problem.includes(words)),
    `${path}: …${words}… in ${JSON.stringify(problems)}`,
  ).to.equal(true);

const single = (id: string, extra: object = {}) => ({
  id,
  type: 'single',
  text: 'Q',
  options: [{ value: 'a', label: 'A' }],
  ...extra,
});

describe('survey definition validation', () => {
  it('accepts pages, or top-level questions as one page', () => {
    const paged = parseDefinition({ id: 's', pages: [{ questions: [single('q1')] }, { questions: [single('q2')] }] });
    expect(paged.ok && paged.survey.pages.length).to.equal(2);
    const flat = parseDefinition({ id: 's', questions: [single('q1'), single('q2')] });
    expect(flat.ok && flat.survey.pages.length).to.equal(1);
    expect(flat.ok && flat.survey.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
  });

  it('names the JSON path of an empty options list', () => {
    const problems = problemsOf({
      id: 's',
      pages: [{ questions: [single('q0'), single('q1'), single('q2'), single('q3', { options: [] })] }],
    });
    has(problems, 'pages[0].questions[3].options', 'at least one option');
  });

  it('reports missing fields, wrong types, an unknown type and a bad locale map', () => {
    const problems = problemsOf({
      title: 7,
      questions: [
        { type: 'text', text: 'no id' },
        { id: 'q2', type: 'slider', text: 'x' },
        { id: 'q3', type: 'rating', text: { en: 'ok', 'not a language!': 'x' }, max: 40 },
        { id: 'has space', type: 'yesno', text: 'x' },
      ],
    });
    has(problems, 'id', 'is required');
    has(problems, 'title', 'expected text, or a map of language code to text');
    has(problems, 'questions[0].id', 'is required');
    has(problems, 'questions[1].type', 'unknown question type "slider"');
    has(problems, 'questions[2].max', 'must be 10 or less');
    has(problems, 'questions[3].id', 'letters, digits');
  });

  it('reports a definition that is not an object, and one with neither pages nor questions', () => {
    has(problemsOf([1, 2]), '(the survey)', 'expected an object');
    has(problemsOf({ id: 's' }), '(the survey)', 'needs "pages"');
    has(problemsOf({ id: 's', pages: [{ questions: [single('a')] }], questions: [single('b')] }), 'questions', 'not both');
  });

  it('reports duplicate question ids, option values and likert item ids', () => {
    const problems = problemsOf({
      id: 's',
      pages: [
        { questions: [single('q1')] },
        {
          questions: [
            single('q1'),
            single('q2', { options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }] }),
            { id: 'q3', type: 'likert', text: 'L', scale: 'agreement5', items: [{ id: 'i', text: 'x' }, { id: 'i', text: 'y' }] },
          ],
        },
      ],
    });
    has(problems, 'pages[1].questions[0].id', 'already used by pages[0].questions[0]');
    has(problems, 'pages[1].questions[1].options[1].value', '"a" is used twice');
    has(problems, 'pages[1].questions[2].items[1].id', '"i" is used twice');
  });

  it('reports likert questions without a scale, or with both scale and options, and an unknown scale', () => {
    const problems = problemsOf({
      id: 's',
      questions: [
        { id: 'l1', type: 'likert', text: 'L', items: [{ id: 'a', text: 'x' }] },
        { id: 'l2', type: 'likert', text: 'L', scale: 'agreement4', options: [{ value: 1, label: 'x' }, { value: 2, label: 'y' }], items: [{ id: 'a', text: 'x' }] },
        { id: 'l3', type: 'likert', text: 'L', scale: 'agreement7', items: [{ id: 'a', text: 'x' }] },
        { id: 'l4', type: 'likert', text: 'L', scale: 'frequency5', items: [] },
      ],
    });
    has(problems, 'questions[0]', 'needs a "scale"');
    has(problems, 'questions[1].options', 'not both');
    has(problems, 'questions[2].scale', 'must be one of "agreement4"');
    has(problems, 'questions[3].items', 'at least one item');
  });

  it('reports inconsistent limits', () => {
    const problems = problemsOf({
      id: 's',
      questions: [
        { id: 'm', type: 'multiple', text: 'M', options: [{ value: 'a', label: 'A' }], min: 3, max: 2 },
        { id: 'n', type: 'number', text: 'N', min: 10, max: 1 },
        { id: 'd', type: 'date', text: 'D', min: '2026-12-01', max: '2026-01-01' },
        { id: 'd2', type: 'date', text: 'D', min: '1/2/2026' },
        single('o', { other: true, options: [{ value: 'other', label: 'Other' }] }),
      ],
    });
    has(problems, 'questions[0].min', 'must not be more than "max"');
    has(problems, 'questions[1].min', 'must not be more than "max"');
    has(problems, 'questions[2].min', 'must not be after "max"');
    has(problems, 'questions[3].min', 'YYYY-MM-DD');
    has(problems, 'questions[4].other', 'already has the value "other"');
  });

  it('reports visibleIf rules naming an unknown question, themselves, or malformed', () => {
    const problems = problemsOf({
      id: 's',
      questions: [
        single('q1'),
        single('q2', { visibleIf: { question: 'q9', equals: 'a' } }),
        single('q3', { visibleIf: { all: [{ question: 'q1', equals: 'a' }, { any: [{ question: 'nope', includes: 'x' }] }] } }),
        single('q4', { visibleIf: { question: 'q4', equals: 'a' } }),
        single('q5', { visibleIf: { question: 'q1' } }),
        single('q6', { visibleIf: { question: 'q1', equals: 'a', all: [] } }),
        single('q7', { visibleIf: { equals: 'a' } }),
        single('q8', { visibleIf: { question: 'q1', equals: { no: 1 } } }),
      ],
    });
    has(problems, 'questions[1].visibleIf.question', 'no question "q9"');
    has(problems, 'questions[2].visibleIf.all[1].any[0].question', 'no question "nope"');
    has(problems, 'questions[3].visibleIf.question', 'cannot depend on its own answer');
    has(problems, 'questions[4].visibleIf', 'exactly one of "equals", "notEquals" or "includes"');
    has(problems, 'questions[5].visibleIf', 'either {"all": [...]}');
    has(problems, 'questions[6].visibleIf', 'needs "question"');
    has(problems, 'questions[7].visibleIf.equals', 'expected text, a number');
  });

  it('finds unknown keys at every level by path, and still accepts the definition', () => {
    const data = {
      id: 's',
      titel: 'x',
      pages: [
        {
          heading: 'x',
          questions: [
            single('q1', { visibelIf: { question: 'q0', equals: 'a' }, options: [{ value: 'a', label: 'A', colour: 'red' }] }),
            single('q2', { visibleIf: { any: [{ question: 'q1', equals: 'a', negate: true }] } }),
            { id: 'q3', type: 'likert', text: 'L', scale: 'agreement5', items: [{ id: 'i', text: 't', grp: 'x' }] },
          ],
        },
      ],
    };
    expect(findUnknownKeys(data)).to.deep.equal([
      'titel',
      'pages[0].heading',
      'pages[0].questions[0].visibelIf',
      'pages[0].questions[0].options[0].colour',
      'pages[0].questions[1].visibleIf.any[0].negate',
      'pages[0].questions[2].items[0].grp',
    ]);
    const result = parseDefinition(data);
    expect(result.ok).to.equal(true);
    expect(result.unknownKeys).to.include('pages[0].questions[0].visibelIf');
  });

  it('never throws, whatever it is given', () => {
    for (const data of [null, undefined, 42, 'text', [], { pages: 'x' }, { id: 's', pages: [null] }, { id: 's', questions: [[]] }]) {
      expect(parseDefinition(data).ok).to.equal(false);
    }
  });
});
