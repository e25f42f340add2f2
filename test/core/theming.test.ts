import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import type { FamilyElement } from '../../src/core/family-element.js';

// CONTRACT.md §5: a theme of --family-* properties set on any ancestor reaches every element's
// shadow DOM; --family-color-scheme chooses light, dark or auto (the family's system setting).

const TAGS = ['family-survey', 'family-event-rsvp', 'family-contact-preferences', 'family-homework-tip', 'family-course-catalog'];
// Firefox driven over WebDriver BiDi cannot emulate media (emulateMedia throws there).
const isFirefox = navigator.userAgent.includes('Firefox');

describe('theming with --family-* properties', () => {
  const mounted: Element[] = [];
  before(() => setLocale('en', { remember: false }));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  /** Each element, bare, inside a box carrying `theme` as inline custom properties. */
  async function themed(theme: string): Promise<FamilyElement[]> {
    const box = document.createElement('div');
    box.setAttribute('style', theme);
    box.innerHTML = TAGS.map((tag) => `<${tag} no-language-picker></${tag}>`).join('');
    document.body.append(box);
    mounted.push(box);
    const elements = [...box.children] as FamilyElement[];
    await Promise.all(elements.map((el) => el.updateComplete));
    return elements;
  }
  const rootOf = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);

  it('a theme on an ancestor reaches every element: surface, text, font, radius and spacing', async () => {
    const elements = await themed(
      '--family-color-surface: rgb(250, 240, 230); --family-color-text: rgb(40, 30, 20); --family-font: monospace;' +
        ' --family-radius: 0px; --family-space: 8px',
    );
    for (const el of elements) {
      const root = rootOf(el);
      expect(
        [root.backgroundColor, root.color, root.fontFamily, root.borderTopLeftRadius, root.paddingTop],
        el.localName,
      ).to.deep.equal(['rgb(250, 240, 230)', 'rgb(40, 30, 20)', 'monospace', '0px', '8px']);
    }
  });

  it('without a theme each element uses its defaults and the page font', async () => {
    const elements = await themed('font-family: serif');
    for (const el of elements) {
      const root = rootOf(el);
      expect([root.backgroundColor, root.fontFamily], el.localName).to.deep.equal(['rgb(255, 255, 255)', 'serif']);
    }
  });

  it('--family-color-scheme: dark switches every element to the dark values', async () => {
    const elements = await themed('--family-color-scheme: dark; --family-color-surface-dark: rgb(1, 2, 3)');
    for (const el of elements) {
      const root = rootOf(el);
      expect([root.backgroundColor, root.colorScheme], el.localName).to.deep.equal(['rgb(1, 2, 3)', 'dark']);
    }
  });

  it('--family-color-scheme: auto follows the system setting', async function () {
    if (isFirefox) this.skip();
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const [dark] = await themed('--family-color-scheme: auto');
      expect(rootOf(dark!).backgroundColor).to.equal('rgb(28, 29, 32)');
      await emulateMedia({ colorScheme: 'light' });
      expect(rootOf(dark!).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });
});
