import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { waitUntil } from '../../wait-until.js';
import '../../../src/index.js';
import type { FamilyElement } from '../../../src/core/family-element.js';
import { getLocale, setLocale } from '../../../src/core/i18n/localization.js';

const TAGS = ['family-survey', 'family-event-rsvp', 'family-contact-preferences', 'family-homework-tip', 'family-course-catalog'];
const KEY = 'family-elements:locale';

const isShown = (node: Element | null | undefined) => !!node && node.getClientRects().length > 0;
const picker = (el: Element) => el.shadowRoot!.querySelector('[part="language-picker"]');
const offer = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('.language-offer');

/** The browser's preferred languages, as `navigator.languages` reports them, for the duration of `run`. */
async function preferring<T>(languages: string[], run: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  try {
    return await run();
  } finally {
    delete (navigator as { languages?: unknown }).languages; // the browser's own again
  }
}

describe('the language picker', () => {
  // This page's language is English whatever another file remembered; each test leaves it so.
  beforeEach(() => setLocale('en', { remember: false }));
  afterEach(() => setLocale('en', { remember: false }));

  for (const tag of TAGS) {
    it(`<${tag}> shows it by default and not with no-language-picker`, async () => {
      const withPicker = await fixture<FamilyElement>(html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
      expect(isShown(picker(withPicker)), 'shown by default').to.equal(true);
      expect(isShown(withPicker.shadowRoot!.querySelector('select.language-select'))).to.equal(true);

      const without = await fixture<FamilyElement>(html`<${unsafeStatic(tag)} no-language-picker></${unsafeStatic(tag)}>`);
      expect(picker(without), 'no picker').to.equal(null);
      expect(without.shadowRoot!.querySelector('select.language-select, .language-offer')).to.equal(null);

      // and the attribute can be set and removed later
      without.noLanguagePicker = false;
      await without.updateComplete;
      expect(isShown(picker(without)), 'shown once the attribute is gone').to.equal(true);
    });
  }

  const offers = [
    { browser: ['es-MX', 'en-US'], words: '¿Español?', lang: 'es', dir: 'ltr' },
    { browser: ['de-DE', 'ar-EG'], words: 'العربية؟', lang: 'ar', dir: 'rtl' },
    { browser: ['zh-TW'], words: '繁體中文？', lang: 'zh-Hant', dir: 'ltr' },
  ];
  for (const { browser, words, lang, dir } of offers) {
    it(`offers the browser's first supported language in that language: ${browser.join(', ')} → "${words}"`, async () => {
      const el = await preferring(browser, () => fixture<FamilyElement>(html`<family-homework-tip tip-title="Count the coins"></family-homework-tip>`));
      const button = offer(el)!;
      expect(isShown(button)).to.equal(true);
      expect(button.textContent!.trim()).to.equal(words);
      expect(button.lang).to.equal(lang);
      expect(button.dir).to.equal(dir);
    });
  }

  it('choosing the offer switches the page to that language and remembers it; then it is no longer offered', async () => {
    const before = localStorage.getItem(KEY);
    try {
      const el = await preferring(['es-MX'], async () => {
        const tip = await fixture<FamilyElement>(html`<family-homework-tip tip-title="Count the coins"></family-homework-tip>`);
        offer(tip)!.click();
        await waitUntil(() => getLocale() === 'es', 'switched to Spanish', { timeout: 5000 });
        await tip.updateComplete;
        return tip;
      });
      expect(localStorage.getItem(KEY)).to.equal('es');
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
      expect(el.shadowRoot!.querySelector('.language-label span')!.textContent).to.equal('Idioma');
      expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select.language-select')!.value).to.equal('es');
      await preferring(['es-MX'], async () => {
        el.requestUpdate();
        await el.updateComplete;
        expect(offer(el), 'Spanish is already shown').to.equal(null);
      });
    } finally {
      if (before === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, before);
    }
  });

  it('offers nothing when the browser prefers the language already shown, or none it supports', async () => {
    for (const browser of [['en-GB', 'es'], ['de-DE', 'fr-FR']]) {
      const el = await preferring(browser, () => fixture<FamilyElement>(html`<family-homework-tip tip-title="Count the coins"></family-homework-tip>`));
      expect(offer(el), browser.join(', ')).to.equal(null);
      expect(isShown(picker(el))).to.equal(true);
    }
  });
});
