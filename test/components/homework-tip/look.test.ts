import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/homework-tip/family-homework-tip.js';
import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { waitUntil } from '../../wait-until.js';
import { bilingualTip, isShown, shadow, textOf } from './tip-fixtures.js';

/** Windows high-contrast in this page (test/forced-colors-plugin.mjs); false where it cannot be emulated (Firefox). */
const forcedColors = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('forced-colors', { active });

/** What tells a button apart at a glance: the colour behind its text (the card's, where it has none), its text and its border. */
function look(button: HTMLButtonElement): string {
  const s = getComputedStyle(button);
  const seeThrough = /^rgba\(.*,\s*0\)$/.test(s.backgroundColor);
  const background = seeThrough ? getComputedStyle(button.closest('.root')!).backgroundColor : s.backgroundColor;
  return [background, s.color, s.borderColor].join(' / ');
}

describe('<family-homework-tip> look', () => {
  before(() => setLocale('en', { remember: false }));

  it('shows which language of the card is chosen in forced colours too, and tells assistive tech', async function () {
    const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip} no-language-picker></family-homework-tip>`);
    const [english, spanish] = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="content-language"] button')];
    expect([english, spanish].map((b) => [textOf(b), b!.getAttribute('aria-pressed')])).to.deep.equal([
      ['English', 'true'],
      ['Español', 'false'],
    ]);
    // Firefox driven over WebDriver BiDi cannot emulate media: this part runs in Chromium only.
    if (!(await forcedColors(true))) this.skip();
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const chosen = look(english!);
      expect(chosen, 'the chosen language stands out').to.not.equal(look(spanish!));
      spanish!.click();
      await el.updateComplete;
      expect(look(spanish!), 'the newly chosen one now does').to.equal(chosen);
      expect(look(english!)).to.not.equal(chosen);
    } finally {
      await forcedColors(false);
    }
  });

  it('has the steps, prompts and materials parts whether the tip comes as data or as the page\'s slotted lists', async () => {
    // A district's stylesheet colours each part; the colour reaches the items a family reads.
    const sheet = document.createElement('style');
    sheet.textContent = `
      .themed::part(steps) { color: rgb(0, 90, 0); }
      .themed::part(prompts) { color: rgb(0, 0, 140); }
      .themed::part(materials) { color: rgb(130, 0, 0); }`;
    document.head.append(sheet);
    try {
      const fromData = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip class="themed" .tip=${bilingualTip} no-language-picker></family-homework-tip>`,
      );
      const fromSlots = await fixture<FamilyHomeworkTip>(html`<family-homework-tip
        class="themed"
        tip-id="coins"
        subject="Math"
        tip-title="Count the coins"
        no-language-picker
      >
        <ol slot="steps"><li>Sort the coins.</li></ol>
        <ul slot="prompts"><li>Which coin is worth the most?</li></ul>
        <ul slot="materials"><li>Some coins</li></ul>
      </family-homework-tip>`);
      const colours = { steps: 'rgb(0, 90, 0)', prompts: 'rgb(0, 0, 140)', materials: 'rgb(130, 0, 0)' };
      for (const [name, colour] of Object.entries(colours)) {
        const part = shadow(fromData).querySelector(`[part="${name}"]`);
        expect(isShown(part), `${name} from data`).to.equal(true);
        expect(getComputedStyle(part!.querySelector('li')!).color, `${name} from data`).to.equal(colour);

        const slotted = fromSlots.querySelector(`[slot="${name}"] li`)!;
        expect(isShown(shadow(fromSlots).querySelector(`[part="${name}"]`)), `${name} from a slot`).to.equal(true);
        expect(textOf(slotted)).to.not.equal('');
        expect(getComputedStyle(slotted).color, `${name} from a slot`).to.equal(colour);
      }
    } finally {
      sheet.remove();
    }
  });

  describe('on a 320 px wide screen', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('scrolls only up and down: the card with every section, the language switch and both forms', async () => {
      const el = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip .tip=${bilingualTip} endpoint="/never-called"></family-homework-tip>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part="question-form"]'), 'the forms shown');
      for (const part of ['language-picker', 'content-language', 'steps', 'glossary', 'print-button', 'feedback-form']) {
        expect(isShown(shadow(el).querySelector(`[part="${part}"]`)), part).to.equal(true);
      }
      const page = document.documentElement;
      expect(page.clientWidth, 'the screen').to.be.at.most(320);
      expect(page.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(page.clientWidth);
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, 'nor inside the card').to.be.at.most(base.clientWidth + 1);
    });
  });
});
