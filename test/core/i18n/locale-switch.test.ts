import { expect } from '@open-wc/testing';

// (no requestAnimationFrame: it never fires in a background tab, where test files run concurrently)
const settled = (els: HTMLElement[]) =>
  Promise.all(els.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));

// The element is in the page's HTML before the library loads (a CMS page with
// the script tag at the end): only dynamic imports in this file.
describe('switching language', () => {
  it('re-renders elements that were in the page before the script loaded, and remembers the choice', async () => {
    localStorage.removeItem('family-elements:locale');
    const host = document.createElement('div');
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
    expect(localStorage.getItem('family-elements:locale')).to.equal('es');

    // the picker switches every element
    const select = second!.shadowRoot!.querySelector('select')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    await settled([first!, second!]);
    expect(first!.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(label(first!)).to.equal('اللغة');
    expect(FamilyElements.getLocale()).to.equal('ar');

    await FamilyElements.clearLocalData();
    expect(localStorage.getItem('family-elements:locale')).to.equal(null);
    await FamilyElements.setLocale('en');
    localStorage.removeItem('family-elements:locale');
    host.remove();
  });
});
