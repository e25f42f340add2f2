import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { zodErrors } from '../../../src/core/form/zod-errors.js';

describe('zodErrors', () => {
  it('names nested and array fields by dotted path', () => {
    const schema = z.object({
      contact: z.object({ phone: z.object({ number: z.string().check(z.regex(/^\+[1-9]\d{6,14}$/)) }) }),
      childcare: z.object({ needed: z.boolean(), ages: z.array(z.int().check(z.minimum(0), z.maximum(17))) }),
      answers: z.record(z.string(), z.string()),
    });
    const errors = zodErrors(schema, {
      contact: { phone: { number: '555' } },
      childcare: { needed: true, ages: [3, 40, 2.5] },
      answers: { q1: 4 },
    });
    expect(errors).to.deep.equal({
      'contact.phone.number': 'Check the format of this answer.',
      'childcare.ages.1': 'Enter a number that is 17 or less.',
      'childcare.ages.2': 'Enter a whole number.',
      'answers.q1': 'Check this answer.',
    });
  });

  it('says what is missing, whatever the type', () => {
    const schema = z.object({
      name: z.string().check(z.minLength(1)),
      email: z.email(),
      meal: z.enum(['pizza', 'salad']),
      age: z.number(),
      agree: z.boolean(),
      days: z.array(z.string()).check(z.minLength(1)),
    });
    expect(zodErrors(schema, { name: '', email: '', days: [] })).to.deep.equal({
      name: 'This is required.',
      email: 'This is required.',
      meal: 'This is required.',
      age: 'This is required.',
      agree: 'This is required.',
      days: 'Choose at least one.',
    });
    expect(zodErrors(schema, undefined)).to.deep.equal({ '': 'This is required.' });
  });

  it('words the common checks for strings, numbers, arrays, emails and choices', () => {
    const schema = z.object({
      short: z.string().check(z.minLength(3)),
      long: z.string().check(z.maxLength(5)),
      one: z.string().check(z.maxLength(1)),
      email: z.email(),
      count: z.number().check(z.minimum(1)),
      positive: z.number().check(z.positive()),
      few: z.array(z.string()).check(z.minLength(2)),
      many: z.array(z.string()).check(z.maxLength(2)),
      typed: z.number(),
      whole: z.int(),
      choice: z.enum(['a', 'b']),
      date: z.iso.date(),
    });
    expect(
      zodErrors(schema, {
        short: 'ab',
        long: 'abcdef',
        one: 'ab',
        email: 'name@',
        count: 0,
        positive: 0,
        few: ['x'],
        many: ['x', 'y', 'z'],
        typed: 'seven',
        whole: 1.5,
        choice: 'c',
        date: '2026-02-30',
      }),
    ).to.deep.equal({
      short: 'Use at least 3 characters.',
      long: 'Use 5 characters or fewer.',
      one: 'Use 1 character or fewer.',
      email: 'Enter an email address in the correct format, like name@example.com.',
      count: 'Enter a number that is 1 or more.',
      positive: 'Enter a number greater than 0.',
      few: 'Choose at least 2.',
      many: 'Choose no more than 2.',
      typed: 'Enter a number.',
      whole: 'Enter a whole number.',
      choice: 'Choose one of the options.',
      date: 'Enter a real date.',
    });
  });

  it('keeps a custom message on a check or a schema, and the first problem of a field', () => {
    const schema = z.object({
      name: z.string().check(z.minLength(1, 'Enter your name, as the school knows it.')),
      code: z.string({ error: 'Enter the code from the letter.' }),
      pin: z.string().check(
        z.refine((v) => /^\d+$/.test(v), { message: 'Use digits only.' }),
        z.refine((v) => v.length === 4, { message: 'Use 4 digits.' }),
      ),
      other: z.string().check(z.refine((v) => v !== 'no')),
    });
    expect(zodErrors(schema, { name: '', code: 7, pin: 'ab', other: 'no' })).to.deep.equal({
      name: 'Enter your name, as the school knows it.',
      code: 'Enter the code from the letter.',
      pin: 'Use digits only.',
      other: 'Check this answer.',
    });
    expect(zodErrors(schema, { name: 'Ana', code: 'x', pin: '1234', other: 'yes' })).to.deep.equal({});
  });

  it('reports a form-level refinement at its path', () => {
    const schema = z
      .object({ contact: z.object({ email: z.optional(z.string()), phone: z.optional(z.string()) }) })
      .check(
        z.refine((v) => !!(v.contact.email || v.contact.phone), {
          message: 'Give an email address or a phone number.',
          path: ['contact', 'email'],
        }),
      );
    expect(zodErrors(schema, { contact: {} })).to.deep.equal({
      'contact.email': 'Give an email address or a phone number.',
    });
  });
});
