// The reference receiver and the published JSON Schemas (dist/schemas/<tag>.json) agree.
// Node test; needs the build first: `npm run build` (or, for this test alone,
// `npx vite build --config vite.schemas.config.ts && node scripts/build-schemas.mjs`).
// Run: node --test test/distribution/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { postJson, uniqueFormId } from '../../server/test-support/envelopes.js';
import { startTestReceiver } from '../../server/test-support/start-for-tests.js';

const schemaOf = (name) => JSON.parse(readFileSync(new URL(`../../dist/schemas/${name}.json`, import.meta.url), 'utf8'));

/** One valid `data` per element, as the element would send it (CONTRACT.md §3). */
const samples = {
  'family-survey': { surveyId: 'fall-2026', answers: { q1: 'a', q2: { q2a: 4 }, q3: ['x', 'y'], q4: true } },
  'family-event-rsvp': {
    eventId: 'literacy-night',
    response: 'yes',
    name: 'Ana Pérez',
    contact: { email: 'ana@example.com' },
    adults: 2,
    children: 1,
    waitlist: false,
  },
  'family-contact-preferences': {
    channels: ['email', 'paper'],
    language: 'es',
    interpreter: true,
    times: ['weekday-evening'],
    topics: ['events', 'emergencies'],
    frequency: 'daily',
    email: 'ana@example.com',
  },
  'family-homework-tip': { tipId: 'math-grade3-coins', helpful: true, comment: 'We did it at dinner.' },
  'family-course-catalog': {
    courseId: 'math-k2-2027',
    name: 'Ana Pérez',
    contact: { phone: { number: '+12025550123' } },
    attendees: 2,
    language: 'es',
    waitlist: false,
  },
};

/** A top-level field of each payload given the wrong type, and the path the receiver must name. */
const wrongTypes = {
  'family-survey': ['surveyId', 42],
  'family-event-rsvp': ['waitlist', 'no'],
  'family-contact-preferences': ['interpreter', 'yes'],
  'family-homework-tip': ['helpful', 'yes'],
  'family-course-catalog': ['attendees', 'two'],
};

/** Fields a payload needs only under a condition (its sample meets the condition): the cases below. */
const conditionallyRequired = { 'family-contact-preferences': ['email'] };

const prefs = samples['family-contact-preferences'];
const reply = samples['family-event-rsvp'];
const registration = samples['family-course-catalog'];
const phone = { number: '+12025550123' };
const smsConsent = { given: true, text: 'I agree to get text messages.', at: '2026-11-30T10:00:00Z' };
/**
 * The rules across fields (zod refinements in the payload schemas, said again in JSON Schema
 * by src/schemas.ts), per element: each case is refused, or accepted, by the JSON Schema and
 * the receiver alike.
 */
const crossFieldCases = {
  'family-contact-preferences': [
    ['no email with the email channel', { ...prefs, email: undefined }, false],
    ['no email without it', { ...prefs, channels: ['paper'], email: undefined }, true],
    ['text messages without a phone', { ...prefs, channels: ['sms'], smsConsent }, false],
    ['calls without a phone', { ...prefs, channels: ['phone'] }, false],
    ['calls with a phone', { ...prefs, channels: ['phone'], phone }, true],
    ['text messages without consent', { ...prefs, channels: ['sms'], phone }, false],
    ['text messages with a phone and consent', { ...prefs, channels: ['sms'], phone, smsConsent }, true],
    ['another language, unnamed', { ...prefs, language: 'other' }, false],
    ['another language, named in spaces', { ...prefs, language: 'other', languageOther: '   ' }, false],
    ['another language, named', { ...prefs, language: 'other', languageOther: 'Mam' }, true],
    ['topics without emergencies', { ...prefs, topics: ['events'] }, false],
    ['a channel twice', { ...prefs, channels: ['email', 'email'] }, false],
    ['a time twice', { ...prefs, times: ['weekday-evening', 'weekday-evening'] }, false],
    ['a topic twice', { ...prefs, topics: ['events', 'emergencies', 'events'] }, false],
  ],
  'family-event-rsvp': [
    ['an interpreter in another language, unnamed', { ...reply, interpretation: 'other' }, false],
    ['an interpreter in another language, named in spaces', { ...reply, interpretation: 'other', languageOther: '   ' }, false],
    ['an interpreter in another language, named', { ...reply, interpretation: 'other', languageOther: 'Mam' }, true],
    ['an interpreter in a language by its code', { ...reply, interpretation: 'so' }, true],
  ],
  'family-course-catalog': [
    ['another language, unnamed', { ...registration, language: 'other' }, false],
    ['another language, named in spaces', { ...registration, language: 'other', languageOther: '   ' }, false],
    ['another language, named', { ...registration, language: 'other', languageOther: 'Mam' }, true],
  ],
};
/** The one rule JSON Schema cannot say (two fields compared): the receiver refuses, the schema describes it. */
const quietHoursSame = { ...prefs, quietHours: { start: '21:00', end: '21:00' } };

const envelope = (tag, data, formId) => ({
  type: tag,
  schemaVersion: 1,
  id: crypto.randomUUID(),
  formId,
  submittedAt: new Date().toISOString(),
  locale: 'es',
  page: 'https://district.example/families',
  data,
});

/**
 * A JSON Schema validator for exactly the keywords dist/schemas uses (checked below, so a new
 * keyword fails this test instead of being ignored). Returns the instance paths that fail.
 */
const KNOWN = new Set(['$id', 'title', '$schema', 'type', 'properties', 'pattern', 'const', 'minLength', 'maxLength', 'format', 'required', 'additionalProperties', 'minItems', 'maxItems', 'items', 'enum', 'anyOf', 'allOf', 'if', 'then', 'contains', 'uniqueItems', 'minimum', 'maximum', 'propertyNames', 'description', 'default']);
function validate(schema, value, path = '') {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [path];
  for (const key of Object.keys(schema)) assert.ok(KNOWN.has(key), `the test's validator does not know "${key}" (at ${path || 'the root'})`);
  const fail = [path];
  if (schema.anyOf) return schema.anyOf.some((s) => validate(s, value, path).length === 0) ? [] : fail;
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) return fail;
  if (schema.enum && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) return fail;
  if (schema.type) {
    const types = [schema.type].flat();
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const ok = types.some((t) => t === actual || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && actual === 'number'));
    if (!ok) return fail;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) return fail;
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return fail;
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return fail;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return fail;
    if (schema.maximum !== undefined && value > schema.maximum) return fail;
  }
  const errors = [];
  for (const part of schema.allOf ?? []) errors.push(...validate(part, value, path));
  if (schema.if && validate(schema.if, value, path).length === 0) errors.push(...validate(schema.then, value, path));
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return fail;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail;
    if (schema.contains && !value.some((item) => validate(schema.contains, item).length === 0)) return fail;
    if (schema.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size < value.length) return fail;
    value.forEach((item, i) => errors.push(...validate(schema.items, item, `${path}[${i}]`)));
  } else if (value !== null && typeof value === 'object') {
    for (const key of schema.required ?? []) if (!(key in value)) errors.push(path ? `${path}.${key}` : key);
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames, key, at));
      if (schema.properties && key in schema.properties) errors.push(...validate(schema.properties[key], item, at));
      else if (schema.additionalProperties !== undefined) errors.push(...validate(schema.additionalProperties, item, at));
    }
  }
  return errors;
}

describe('the receiver and dist/schemas agree', () => {
  let receiver;
  before(async () => {
    receiver = await startTestReceiver();
  });
  after(() => receiver?.close());

  it('publishes one schema per element the receiver knows', async () => {
    const { knownTypes } = await import('../../server/src/validate.js');
    assert.deepEqual([...knownTypes].sort(), Object.keys(samples).sort());
    for (const tag of knownTypes) assert.equal(schemaOf(tag).properties.type.const, tag);
  });

  for (const tag of Object.keys(samples)) {
    describe(tag, () => {
      it('a valid envelope passes the JSON Schema and the receiver stores it', async () => {
        const formId = uniqueFormId('schemas');
        const env = envelope(tag, samples[tag], formId);
        assert.deepEqual(validate(schemaOf(tag), env), []);
        const res = await postJson(receiver.url, env);
        assert.ok(res.ok, `${res.status} ${await res.text()}`);
      });

      it('requires the same fields as the receiver (each one left out is refused by both, at that path)', async () => {
        const schema = schemaOf(tag);
        const required = schema.properties.data.required ?? [];
        assert.ok(required.length > 0);
        for (const field of Object.keys(samples[tag])) {
          const { [field]: _, ...data } = samples[tag];
          const env = envelope(tag, data, uniqueFormId('schemas-req'));
          const schemaSays = validate(schema, env).length > 0;
          const res = await postJson(receiver.url, env);
          const receiverSays = res.status === 422;
          const conditional = conditionallyRequired[tag]?.includes(field) ?? false;
          assert.equal(required.includes(field), schemaSays && !conditional, `${field}: JSON Schema "required" agrees with the test`);
          assert.equal(receiverSays, schemaSays, `${field}: the receiver (${res.status}) and the JSON Schema disagree`);
          if (receiverSays) assert.ok(field in (await res.json()).errors, `${field} is named by the receiver`);
        }
      });

      it('a wrong type is refused by the JSON Schema and by the receiver, naming the field', async () => {
        const [field, bad] = wrongTypes[tag];
        const env = envelope(tag, { ...samples[tag], [field]: bad }, uniqueFormId('schemas-type'));
        assert.deepEqual(validate(schemaOf(tag), env), [`data.${field}`]);
        const res = await postJson(receiver.url, env);
        assert.equal(res.status, 422);
        assert.deepEqual(Object.keys((await res.json()).errors), [field]);
      });
    });
  }

  for (const [tag, cases] of Object.entries(crossFieldCases)) {
    describe(`rules across fields of ${tag}: the JSON Schema and the receiver agree`, () => {
      for (const [name, data, valid] of cases) {
        it(`${name}: ${valid ? 'accepted' : 'refused'}`, async () => {
          const env = envelope(tag, JSON.parse(JSON.stringify(data)), uniqueFormId('schemas-cross'));
          assert.equal(validate(schemaOf(tag), env).length === 0, valid, 'the JSON Schema');
          const res = await postJson(receiver.url, env);
          assert.equal(res.ok, valid, `the receiver: ${res.status} ${await res.text()}`);
        });
      }
    });
  }

  describe('rules across fields of the contact preferences', () => {
    it('quiet hours that end when they start: refused by the receiver, described in the JSON Schema', async () => {
      const schema = schemaOf('family-contact-preferences');
      assert.match(schema.properties.data.properties.quietHours.description, /end differs from start/);
      const res = await postJson(receiver.url, envelope('family-contact-preferences', quietHoursSame, uniqueFormId('schemas-quiet')));
      assert.equal(res.status, 422);
    });
  });

  it('(control) the validator refuses what it should', () => {
    const schema = schemaOf('family-homework-tip');
    assert.notDeepEqual(validate(schema, envelope('family-homework-tip', {}, 'x')), []);
    assert.notDeepEqual(validate(schema, { ...envelope('family-homework-tip', samples['family-homework-tip'], 'x'), type: 'family-survey' }), []);
  });
});
