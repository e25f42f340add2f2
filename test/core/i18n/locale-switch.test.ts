import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';

// (no requestAnimationFrame: it never fires in a background tab, where test files run concurrently)
const settled = (els: HTMLElement[]) =>
  Promise.all(els.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));

const KEY = 'family-elements:locale';

/**
 * Test files run concurrently in pages of one origin, which share localStorage:
 * a language remembered here would make another file's page start in Arabic.
 * This page's Storage methods keep the locale key in memory instead, so the
 * library's own localStorage calls are what is checked, and no other page sees them.
 */
function isolateLocaleKey(): { stored: () => string | null; restore: () => void } {
  const proto = Storage.prototype;
  const { getItem, setItem, removeItem } = proto;
  let value: string | null = null;
  proto.getItem = function (this: Storage, key: string) {
    return this === localStorage && key === KEY ? value : getItem.call(this, key);
  };
  proto.setItem = function (this: Storage, key: string, v: string) {
    if (this === localStorage && key === KEY) value = String(v);
    else setItem.call(this, key, v);
  };
  proto.removeItem = function (this: Storage, key: string) {
    if (this === localStorage && key === KEY) value = null;
    else removeItem.call(this, key);
  };
  return {
    stored: () => value,
    restore: () => Object.assign(proto, { getItem, setItem, removeItem }),
  };
}

// The element is in the page's HTML before the library loads (a CMS page with
// the script tag at the end): only dynamic imports in this file.
describe('switching language', () => {
  it('re-renders elements that were in the page before the script loaded, and remembers the choice', async function () {
    this.timeout(30_000); // it loads the whole library from source, and two locales
    const storage = isolateLocaleKey();
    const host = document.createElement('div');
    try {
      host.innerHTML = `<family-homework-tip tip-id="t" subject="Math" tip-title="Coins"></family-homework-tip>
        <family-homework-tip tip-id="u" subject="Reading" tip-title="Books"></family-homework-tip>`;
      document.body.append(host);
      const { FamilyElements } = await import('../../../src/index.js');
      const [first, second] = [...host.querySelectorAll('family-homework-tip')] as HTMLElement[];
      await customElements.whenDefined('family-homework-tip');
      const label = (el: HTMLElement) => el.shadowRoot!.querySelector('.language-label span')!.textContent;
      expect(label(first!)).to.equal('Language');

      await FamilyElements.setLocale('es');
      await settled([first!, second!]);
      expect(label(first!)).to.equal('Idioma');
      expect(label(second!)).to.equal('Idioma');
      expect(first!.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
      expect(storage.stored()).to.equal('es');

      // the picker switches every element (Arabic's strings load first)
      const select = second!.shadowRoot!.querySelector('select')!;
      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => FamilyElements.getLocale() === 'ar', 'the picker did not switch to Arabic', { timeout: 5000 });
      await settled([first!, second!]);
      expect(first!.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(label(first!)).to.equal('اللغة');
      expect(storage.stored()).to.equal('ar');

      await FamilyElements.clearLocalData();
      expect(storage.stored()).to.equal(null);
      await FamilyElements.setLocale('en');
    } finally {
      host.remove();
      storage.restore();
    }
  });
});
