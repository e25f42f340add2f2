import { expect } from '@open-wc/testing';
import { formatDate, formatDateTimeRange, formatTime } from '../../../src/core/i18n/date-format.js';
import { intlHasLocale } from '../../../src/core/i18n/intl-has-locale.js';
import { languageName } from '../../../src/core/i18n/language-name.js';
import { plural } from '../../../src/core/i18n/plural.js';
import { resolveText } from '../../../src/core/i18n/localized-text.js';

const ENGLISH = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|PM|AM/;
const thursday = new Date('2026-12-03T23:30:00Z');
const later = new Date('2026-12-04T01:00:00Z');

describe('locales the browser lacks (Somali, Haitian Creole)', () => {
  it('writes Somali dates in Somali, never English', () => {
    const text = formatDateTimeRange(thursday, later, 'so', 'America/Chicago');
    expect(text).not.to.match(ENGLISH);
    expect(text).to.match(/Khamiis/);
    // Firefox has Somali data of its own; Chromium gets the library's words
    if (!intlHasLocale('so', Intl.DateTimeFormat)) {
      expect(text).to.equal('Khamiis, 3 Desembar 2026, 17:30 – 19:00');
    }
  });

  it('writes Haitian Creole dates in Haitian Creole', function () {
    if (intlHasLocale('ht', Intl.DateTimeFormat)) this.skip(); // the browser's own words then
    expect(formatDate(thursday, 'ht', 'America/New_York')).to.equal('jedi 3 desanm 2026');
    expect(formatTime(thursday, 'ht', 'America/New_York')).to.equal('18:30');
    expect(formatDateTimeRange(thursday, later, 'ht', 'UTC')).to.equal(
      'jedi 3 desanm 2026 a 23:30 – vandredi 4 desanm 2026 a 01:00',
    );
  });

  it('uses Intl where it has data', () => {
    expect(formatDate(thursday, 'es', 'UTC')).to.contain('diciembre');
    expect(formatDate(thursday, 'en', 'UTC')).to.contain('December');
  });

  it('names languages in Somali and Haitian Creole from the library table', () => {
    expect(languageName('es', 'so')).to.equal('Isbaanish');
    expect(languageName('vi', 'ht')).to.equal('Vyetnamyen');
    expect(languageName('es', 'en')).to.equal('Spanish');
    expect(languageName('so', 'es')).to.match(/somalí/i);
  });
});

describe('plural', () => {
  const forms = {
    zero: () => 'zero',
    one: () => 'one',
    two: () => 'two',
    few: () => 'few',
    many: () => 'many',
    other: () => 'other',
  };
  it('gives Arabic all six forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, forms, 'ar'))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
  it('falls back to other when a form is not given', () => {
    expect(plural(3, { one: () => 'one', other: () => 'other' }, 'ar')).to.equal('other');
    expect(plural(1, forms, 'en')).to.equal('one');
  });
});

describe('resolveText', () => {
  const text = { en: 'Family night', es: 'Noche familiar', ar: 'ليلة العائلة' };
  it('picks the active locale without marking it', () => {
    expect(resolveText(text, 'es')).to.deep.equal({ text: 'Noche familiar' });
  });
  it('falls back to en, then the first entry, and says which language it used', () => {
    expect(resolveText(text, 'vi')).to.deep.equal({ text: 'Family night', lang: 'en', dir: 'ltr' });
    expect(resolveText({ ar: 'ليلة العائلة', es: 'Noche' }, 'vi')).to.deep.equal({
      text: 'ليلة العائلة',
      lang: 'ar',
      dir: 'rtl',
    });
  });
  it('matches regional keys and plain strings', () => {
    expect(resolveText({ 'es-MX': 'Hola', en: 'Hi' }, 'es')).to.deep.equal({ text: 'Hola' });
    expect(resolveText('Hi', 'so')).to.deep.equal({ text: 'Hi' });
  });
});
