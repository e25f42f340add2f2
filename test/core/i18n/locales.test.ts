import { expect } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../../../src/core/i18n/locales.js';

describe('locale resolution (CONTRACT.md §4)', () => {
  it('falls back within a script', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('pt-BR')).to.equal('pt');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh-SG')).to.equal('zh-Hans');
    expect(matchLocale('zh-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-HK')).to.equal('zh-Hant');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('ZH-hant')).to.equal('zh-Hant');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('fr-CA')).to.equal(undefined);
  });

  it('orders saved choice, page lang, browser languages, then en', () => {
    expect(resolveLocale({ saved: 'vi', pageLang: 'es', browser: ['ru'] })).to.equal('vi');
    expect(resolveLocale({ saved: null, pageLang: 'es-US', browser: ['ru'] })).to.equal('es');
    expect(resolveLocale({ pageLang: 'fr', browser: ['de', 'pt-BR', 'ru'] })).to.equal('pt');
    expect(resolveLocale({ pageLang: 'fr', browser: ['de'] })).to.equal('en');
    expect(resolveLocale({ saved: 'xx', pageLang: 'zh-TW' })).to.equal('zh-Hant');
  });
});
