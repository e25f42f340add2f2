import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { describeContentIssue, type ContentIssue } from '../../src/core/content-issues.js';

// Real zod/mini issues, as the elements' checks get them (parsed with reportInput).
function problems(schema: z.ZodMiniType, data: unknown): Record<string, string> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), describeContentIssue(i as ContentIssue)]));
}

describe('describeContentIssue', () => {
  const schema = z.object({
    title: z.union([z.string(), z.record(z.string().check(z.regex(/^[a-z]{2}$/)), z.string())]),
    id: z.string().check(z.minLength(1)),
    minutes: z.optional(z.number().check(z.positive())),
    places: z.optional(z.number().check(z.gte(0), z.lte(10))),
    kind: z.optional(z.enum(['a', 'b'])),
    steps: z.optional(z.array(z.string())),
  });

  it('tells a missing key from a wrong type', () => {
    expect(problems(schema, { title: 'T' })).to.deep.equal({ id: 'is missing' });
    expect(problems(schema, { title: 'T', id: 3, steps: 'one' })).to.deep.equal({
      id: 'expected text',
      steps: 'expected a list',
    });
  });

  it('words bounds as the schema draws them: exclusive, inclusive, empty text', () => {
    expect(problems(schema, { title: 'T', id: '', minutes: 0, places: 11 })).to.deep.equal({
      id: 'must not be empty',
      minutes: 'must be more than 0',
      places: 'must be at most 10',
    });
    expect(problems(schema, { title: 'T', id: 'x', places: -1 })).to.deep.equal({ places: 'must be at least 0' });
  });

  it('explains localized text and the allowed values', () => {
    expect(problems(schema, { title: 5, id: 'x', kind: 'c' })).to.deep.equal({
      title: 'expected text, or a map of language code to text ({"en": "…", "es": "…"})',
      kind: 'must be one of "a", "b"',
    });
  });
});
