import { expect } from '@open-wc/testing';
import { formatPhone, parsePhone, type PhoneProblem } from '../../../src/components/contact-preferences/phone.js';

const ok = (input: string, number: string, extension?: string, country?: string) => {
  const result = parsePhone(input, country);
  expect(result, input).to.deep.equal({ ok: true, phone: extension ? { number, extension } : { number } });
};
const bad = (input: string, problem: PhoneProblem, country?: string) => {
  expect(parsePhone(input, country), input).to.deep.equal({ ok: false, problem });
};

describe('parsePhone', () => {
  it('reads US numbers however they are punctuated', () => {
    for (const input of [
      '2025550123',
      '202-555-0123',
      '202.555.0123',
      '(202) 555-0123',
      '(202)555-0123',
      ' 202 555 0123 ',
      '1-202-555-0123',
      '1 (202) 555 0123',
      '+1 202 555 0123',
      '+1-202-555-0123',
      '+12025550123',
      '001 202 555 0123',
      '202\u2013555\u20130123', // en dashes pasted from a document
      '202\u00a0555\u00a00123', // non-breaking spaces
    ]) {
      ok(input, '+12025550123');
    }
  });

  it('reads digits typed on Arabic, Persian and full-width keyboards', () => {
    ok('٢٠٢٥٥٥٠١٢٣', '+12025550123');
    ok('۲۰۲-۵۵۵-۰۱۲۳', '+12025550123');
    ok('２０２５５５０１２３', '+12025550123');
  });

  it('keeps an extension in its own field', () => {
    ok('202-555-0123 ext 89', '+12025550123', '89');
    ok('202-555-0123 ext. 89', '+12025550123', '89');
    ok('202-555-0123 EXT89', '+12025550123', '89');
    ok('202-555-0123 extension 1234', '+12025550123', '1234');
    ok('202-555-0123 x89', '+12025550123', '89');
    ok('2025550123x89', '+12025550123', '89');
    ok('(202) 555-0123 #4', '+12025550123', '4');
    ok('+52 55 1234 5678 ext 7', '+525512345678', '7');
    bad('202-555-0123 ext 123456789', 'extension');
  });

  it('uses the default country for numbers without +', () => {
    ok('55 1234 5678', '+525512345678', undefined, 'MX');
    ok('020 7946 0000', '+442079460000', undefined, 'GB');
    ok('613 555 0123', '+16135550123', undefined, 'CA');
    ok('0612345678', '+33612345678', undefined, 'fr');
    ok('2222 3333', '+50322223333', undefined, 'SV');
  });

  it('never reads a number without + by another country\'s rules when it keeps none for the default country', () => {
    // Italy, the Netherlands, a three-letter typo, an empty attribute: no guess at US rules
    for (const country of ['IT', 'nl', 'USA', 'ZZ', '']) {
      bad('312 345 6789', 'country-needed', country);
      bad('312 345 6789 ext 5', 'country-needed', country);
      // 011 is North America's international prefix only
      bad('011 39 312 345 6789', 'country-needed', country);
    }
    ok('+39 312 345 6789', '+393123456789', undefined, 'IT');
    ok('0039 312 345 6789', '+393123456789', undefined, 'IT');
    ok('+31 6 1234 5678 x2', '+31612345678', '2', 'NL');
    ok('+1 202 555 0123', '+12025550123', undefined, 'USA');
    // what is wrong with the digits still comes first
    bad('call me', 'characters', 'IT');
  });

  it('reads international prefixes: +, 00, and 011 from North America', () => {
    ok('+52 55 1234 5678', '+525512345678');
    ok('0052 55 1234 5678', '+525512345678');
    ok('011 52 55 1234 5678', '+525512345678');
    ok('+44 (0)20 7946 0000', '+442079460000');
    ok('+44 020 7946 0000', '+442079460000');
    ok('+509 3712 3456', '+50937123456');
    ok('+252 61 234 5678', '+252612345678');
    ok('+84 90 123 45 67', '+84901234567');
    // a country without lengths in the table: E.164's own limits
    ok('+358 40 123 4567', '+358401234567');
  });

  it('rejects obviously wrong numbers', () => {
    bad('', 'empty');
    bad('   ', 'empty');
    bad('--', 'empty');
    bad('555-0123', 'too-short');
    bad('202-555-01238', 'too-long');
    bad('1-800-FLOWERS', 'characters');
    bad('call me', 'characters');
    bad('202 555 0123 or 202 555 0199', 'characters');
    bad('+1 +202 555 0123', 'characters');
    bad('055-555-0123', 'area-code');
    bad('155-555-0123', 'area-code');
    bad('+1 155 555 0123', 'area-code');
    bad('202-055-0123', 'exchange');
    bad('202-555-0123 5', 'too-long');
    bad('1-202-555-012', 'area-code'); // ten digits, so the 1 is read as the area code's first digit
  });

  it('rejects impossible international numbers', () => {
    bad('+0 202 555 0123', 'country-code');
    bad('+52 55 1234', 'too-short');
    bad('+52 55 1234 5678 9', 'too-long');
    bad('+358 12', 'too-short');
    bad('+358 1234 5678 9012 345', 'too-long');
  });

  it('writes a stored number back for the field', () => {
    expect(formatPhone({ number: '+12025550123' })).to.equal('+12025550123');
    expect(formatPhone({ number: '+12025550123', extension: '89' })).to.equal('+12025550123 ext. 89');
    const again = parsePhone(formatPhone({ number: '+442079460000', extension: '5' }));
    expect(again).to.deep.equal({ ok: true, phone: { number: '+442079460000', extension: '5' } });
  });
});
