import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { payloadSchemas } from '../../../src/schemas.js';
import { preferencesSchema, type Preferences } from '../../../src/components/contact-preferences/preferences.schema.js';
import {
  displayOrder,
  keepOffered,
  moveChannel,
  offeredChannels,
  toggleChannel,
} from '../../../src/components/contact-preferences/channels.js';
import { languageForLocale } from '../../../src/components/contact-preferences/default-language.js';
import { matchingLanguages } from '../../../src/components/contact-preferences/language-search.js';
import { readPrefill } from '../../../src/components/contact-preferences/prefill.js';

const base: Preferences = {
  channels: ['email'],
  language: 'es',
  interpreter: false,
  times: [],
  topics: ['emergencies'],
  frequency: 'instant',
  email: 'ana@example.com',
};

const errorsOf = (value: unknown) => {
  const result = z.safeParse(preferencesSchema, value);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the preferences payload schema', () => {
  it('is the schema the endpoint side validates with', () => {
    expect(payloadSchemas['family-contact-preferences']).to.equal(preferencesSchema);
  });

  it('accepts a complete payload', () => {
    const full: Preferences = {
      channels: ['sms', 'email', 'paper'],
      language: 'zh-Hant',
      interpreter: true,
      times: ['weekday-evening', 'weekend-morning'],
      topics: ['good-news', 'emergencies'],
      frequency: 'daily',
      quietHours: { start: '21:00', end: '07:00' },
      phone: { number: '+12025550123', extension: '12' },
      email: 'ana@example.com',
      smsConsent: { given: true, text: 'I agree.', at: '2026-11-22T17:03:11.120Z' },
    };
    expect(errorsOf(full)).to.deep.equal({});
  });

  it('requires a phone number for text messages and calls, and an email address for email', () => {
    expect(Object.keys(errorsOf({ ...base, channels: ['phone'] }))).to.deep.equal(['phone.number']);
    expect(Object.keys(errorsOf({ ...base, channels: ['email'], email: undefined }))).to.deep.equal(['email']);
    expect(errorsOf({ ...base, channels: ['app', 'paper'], email: undefined })).to.deep.equal({});
  });

  it('requires consent with its text and time for text messages', () => {
    const sms = { ...base, channels: ['sms'], phone: { number: '+12025550123' } };
    expect(Object.keys(errorsOf(sms))).to.deep.equal(['smsConsent']);
    expect(errorsOf({ ...sms, smsConsent: { given: true, text: 'I agree.', at: '2026-11-22T17:03:11Z' } })).to.deep.equal({});
    expect(errorsOf({ ...sms, smsConsent: { given: false, text: 'I agree.', at: '2026-11-22T17:03:11Z' } })).to.have.property(
      'smsConsent.given',
    );
    expect(errorsOf({ ...sms, smsConsent: { given: true, text: '', at: '2026-11-22T17:03:11Z' } })).to.have.property(
      'smsConsent.text',
    );
    expect(errorsOf({ ...sms, smsConsent: { given: true, text: 'I agree.', at: 'yesterday' } })).to.have.property(
      'smsConsent.at',
    );
  });

  it('never accepts topics without emergencies', () => {
    expect(errorsOf({ ...base, topics: ['events', 'academics'] })).to.deep.equal({
      topics: 'Emergencies are always included.',
    });
  });

  it('checks the shapes of every field', () => {
    const errors = errorsOf({
      ...base,
      channels: ['sms', 'fax'],
      language: 'not a language',
      times: ['weekday-night'],
      frequency: 'weekly',
      quietHours: { start: '9pm', end: '25:00' },
      phone: { number: '555-0123' },
      email: 'ana@',
    });
    expect(Object.keys(errors)).to.include.members([
      'channels.1',
      'language',
      'times.0',
      'frequency',
      'quietHours.start',
      'quietHours.end',
      'phone.number',
      'email',
    ]);
    expect(errors['email']).to.equal('Enter an email address, for example name@example.com.');
  });

  it('needs at least one channel, each once, and a name for another language', () => {
    expect(errorsOf({ ...base, channels: [] })).to.deep.equal({ channels: 'Choose at least one way to reach you.' });
    expect(Object.keys(errorsOf({ ...base, channels: ['email', 'email'] }))).to.deep.equal(['channels']);
    expect(Object.keys(errorsOf({ ...base, language: 'other' }))).to.deep.equal(['languageOther']);
    expect(errorsOf({ ...base, language: 'other', languageOther: 'Mam' })).to.deep.equal({});
  });

  it('refuses quiet hours that end when they start', () => {
    expect(Object.keys(errorsOf({ ...base, quietHours: { start: '21:00', end: '21:00' } }))).to.deep.equal([
      'quietHours.end',
    ]);
  });
});

describe('channel ranking', () => {
  it('reads the channels attribute in the district order, ignoring unknown words', () => {
    expect(offeredChannels('paper  SMS email')).to.deep.equal({ channels: ['paper', 'sms', 'email'], unknown: [] });
    expect(offeredChannels('email fax email')).to.deep.equal({ channels: ['email'], unknown: ['fax'] });
    expect(offeredChannels('').channels).to.deep.equal(['sms', 'email', 'phone', 'app', 'paper']);
    expect(offeredChannels(null).channels).to.have.length(5);
  });

  it('ticks to the end, moves one place, and keeps only offered channels', () => {
    expect(toggleChannel(['email'], 'sms', true)).to.deep.equal(['email', 'sms']);
    expect(toggleChannel(['email', 'sms'], 'email', false)).to.deep.equal(['sms']);
    expect(moveChannel(['email', 'sms', 'app'], 'app', -1)).to.deep.equal(['email', 'app', 'sms']);
    expect(moveChannel(['email', 'sms', 'app'], 'email', -1)).to.deep.equal(['email', 'sms', 'app']);
    expect(moveChannel(['email', 'sms', 'app'], 'app', 1)).to.deep.equal(['email', 'sms', 'app']);
    expect(keepOffered(['paper', 'sms', 'email'], ['email', 'sms'])).to.deep.equal(['sms', 'email']);
    expect(displayOrder(['app', 'sms'], ['sms', 'email', 'app'])).to.deep.equal(['app', 'sms', 'email']);
  });
});

describe('language search', () => {
  it('finds a language by its own name, its name in the page language, or its English name, ignoring accents', () => {
    expect(matchingLanguages('espanol', 'en')).to.deep.equal(['es']);
    expect(matchingLanguages('SPANISH', 'en')).to.deep.equal(['es']);
    expect(matchingLanguages('Isbaanish', 'so')).to.deep.equal(['es']);
    expect(matchingLanguages('viet', 'en')).to.include('vi');
    expect(matchingLanguages('kreyol', 'en')).to.deep.equal(['ht']);
    expect(matchingLanguages('العربية', 'en')).to.deep.equal(['ar']);
    expect(matchingLanguages('', 'en').length).to.be.greaterThan(20);
  });

  it('keeps the chosen language in the list while filtering', () => {
    expect(matchingLanguages('kreyol', 'en', 'so')).to.deep.equal(['ht', 'so']);
  });

  it('offers a saved language the list does not have first, found by its names; a listed or "other" one adds nothing', () => {
    const all = matchingLanguages('', 'en');
    expect(matchingLanguages('', 'en', undefined, 'de')).to.deep.equal(['de', ...all]);
    expect(matchingLanguages('deutsch', 'en', undefined, 'de')).to.deep.equal(['de']);
    expect(matchingLanguages('german', 'en', 'vi', 'de')).to.deep.equal(['de', 'vi']);
    expect(matchingLanguages('', 'en', undefined, 'es')).to.deep.equal(all);
    expect(matchingLanguages('', 'en', undefined, 'other')).to.deep.equal(all);
  });

  it('starts from the page language', () => {
    expect(languageForLocale('es')).to.equal('es');
    expect(languageForLocale('zh-Hant')).to.equal('zh-Hant');
    expect(languageForLocale('xx')).to.equal(undefined);
  });
});

describe('reading saved preferences', () => {
  it('takes a valid record whole', () => {
    expect(readPrefill(base)).to.deep.equal({ value: base, problems: [] });
  });

  it('keeps every valid field of a record that breaks a rule, and names the problems', () => {
    const saved = { ...base, channels: ['sms'], phone: { number: '+12025550123' }, frequency: 'hourly' };
    const { value, problems } = readPrefill(saved);
    expect(value.channels).to.deep.equal(['sms']);
    expect(value.phone).to.deep.equal({ number: '+12025550123' });
    expect(value.frequency).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['frequency']);
    // sms saved before consent was asked for: the channels still show, the rule is reported
    const older = readPrefill({ ...base, channels: ['sms'], phone: { number: '+12025550123' } });
    expect(older.value.channels).to.deep.equal(['sms']);
    expect(older.problems.map((p) => p.path)).to.deep.equal(['smsConsent']);
  });

  it('gives emergencies back to a record saved without them', () => {
    expect(readPrefill({ ...base, topics: ['events'] })).to.deep.equal({
      value: { ...base, topics: ['events', 'emergencies'] },
      problems: [],
    });
  });

  it('reports something that is not an object at all', () => {
    expect(readPrefill('sms').value).to.deep.equal({});
    expect(readPrefill('sms').problems).to.have.length(1);
  });
});
