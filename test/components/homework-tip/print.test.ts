import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/homework-tip/family-homework-tip.js';
import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { bilingualTip, isShown, shadow, textOf } from './tip-fixtures.js';

const isFirefox = navigator.userAgent.includes('Firefox');

/** Clicks the Print button with the dialog replaced by a capture of the prepared frame. */
async function printFrameOf(el: FamilyHomeworkTip): Promise<HTMLIFrameElement> {
  let captured: HTMLIFrameElement | undefined;
  el.printFrame = (frame) => (captured = frame);
  shadow(el).querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
  expect(captured, 'print was asked for').to.exist;
  return captured!;
}

describe('<family-homework-tip> printing', () => {
  before(() => setLocale('en', { remember: false }));

  describe('the Print button', () => {
    it('prints a clone of the card alone, from a hidden same-origin frame with adopted stylesheets', async () => {
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip
        tip-id="coins"
        subject="Math"
        grade="3"
        tip-title="Count the coins"
        minutes="15"
        endpoint=""
      >
        <p slot="about">Counting money with your child.</p>
        <ol slot="steps">
          <li>Sort the coins.</li>
          <li>Add them up.</li>
        </ol>
      </family-homework-tip>`);
      expect(shadow(el).querySelector('[part="feedback-form"]'), 'control: the card has forms').to.exist;
      const frame = await printFrameOf(el);
      // a blank same-origin frame, never srcdoc (a Trusted Types sink) and never visible
      expect(frame.hasAttribute('srcdoc')).to.equal(false);
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(frame.getBoundingClientRect().width).to.equal(0);
      const doc = frame.contentDocument!;
      expect(doc.title).to.equal('Count the coins');
      expect(doc.documentElement.lang).to.equal('en');
      expect(textOf(doc.querySelector('h2'))).to.equal('Count the coins');
      expect(textOf(doc.querySelector('.meta'))).to.equal('Math · Grade 3 · About 15 minutes');
      // slotted content from the page is printed too (a clone would otherwise hold empty slots)
      expect(textOf(doc.body)).to.contain('Counting money with your child.');
      expect([...doc.querySelectorAll('ol li')].map(textOf)).to.deep.equal(['Sort the coins.', 'Add them up.']);
      expect(doc.querySelector('slot')).to.equal(null);
      // nothing to click on paper
      expect(doc.querySelector('button, select, form, input, textarea, .language-picker')).to.equal(null);
      expect(textOf(doc.body)).to.not.contain('Print this tip');
      // styles are adopted constructed sheets: no <style> (blocked by a strict CSP), no <link>
      expect(doc.querySelector('style, link, script')).to.equal(null);
      expect(doc.adoptedStyleSheets.length).to.be.greaterThan(1);
      const rules = doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      expect(rules).to.contain('@page');
      // and they apply: the card's heading size from the shared form styles
      expect(frame.contentWindow!.getComputedStyle(doc.querySelector('h2')!).fontSize).to.equal('22px');
    });

    it('prints the content language the family chose, in a tip with links written out', async () => {
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      shadow(el).querySelectorAll<HTMLButtonElement>('[part="content-language"] button')[1]!.click();
      await el.updateComplete;
      const doc = (await printFrameOf(el)).contentDocument!;
      expect(doc.title).to.equal('Fracciones en la cena');
      expect(doc.querySelector('h2 [lang="es"]')).to.exist;
      expect(doc.querySelector('dl dt')!.textContent).to.contain('Cuarto');
      expect(doc.querySelector('[part="content-language"]')).to.equal(null);
      const link = doc.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://games.example/fractions');
      // the address follows the link text on paper (Firefox reports the attr() unresolved)
      const after = frame(doc).getComputedStyle(link, '::after').content;
      expect(after.includes('(https://games.example/fractions)') || after === '" (" attr(href) ")"', after).to.equal(true);
    });

    it('keeps one frame at a time and removes it after printing', async () => {
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      const first = await printFrameOf(el);
      const second = await printFrameOf(el);
      expect(first.isConnected).to.equal(false);
      expect(shadow(el).querySelectorAll('iframe')).to.have.length(1);
      second.contentWindow!.dispatchEvent(new Event('afterprint'));
      expect(second.isConnected).to.equal(false);
      expect(shadow(el).querySelectorAll('iframe')).to.have.length(0);
    });

    it('works under a strict CSP with Trusted Types enforced, with no violation', async () => {
      const frame = document.createElement('iframe');
      const report = new Promise<Record<string, unknown>>((resolve) => {
        window.addEventListener('message', function onMessage(e) {
          if (e.source !== frame.contentWindow || e.data?.type !== 'print-csp-report') return;
          window.removeEventListener('message', onMessage);
          resolve(e.data);
        });
      });
      frame.src = '/test/components/homework-tip/print-csp.html';
      document.body.append(frame);
      const result = (await report) as {
        error?: string;
        printed: { text: string; sheets: number; titleSize: string };
        violations: string[];
        trustedTypesEnforced: boolean;
        control: string[];
      };
      frame.remove();
      expect(result.error).to.equal(undefined);
      expect(result.trustedTypesEnforced, 'control: Trusted Types enforced').to.equal(true);
      expect(result.control.join(), 'control: the frame inherits style-src').to.contain('style-src');
      expect(result.violations).to.deep.equal([]);
      expect(result.printed.text).to.contain('Count the coins');
      expect(result.printed.text).to.contain('Sort the coins.');
      expect(result.printed.sheets).to.be.greaterThan(1);
      expect(result.printed.titleSize).to.equal('22px');
    });
  });

  describe("the page's own print", () => {
    // Firefox driven over WebDriver BiDi cannot emulate media (emulateMedia throws there),
    // so these run in Chromium only.
    beforeEach(function () {
      if (isFirefox) this.skip();
    });
    afterEach(async () => {
      if (!isFirefox) await emulateMedia({ media: 'screen' });
    });

    it('hides buttons, the pickers and the forms, and writes links out after their text', async () => {
      const el = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip .tip=${bilingualTip} endpoint="/__tip-print-test"></family-homework-tip>`,
      );
      const root = shadow(el);
      const forms = root.querySelector('.tip-forms')!;
      const button = root.querySelector('[part="print-button"]')!;
      const picker = root.querySelector('.language-picker')!;
      const contentSwitch = root.querySelector('[part="content-language"]')!;
      const link = root.querySelector('.links a')!;
      // control: on screen all of it shows, and links are not written out
      expect(isShown(button)).to.equal(true);
      expect(isShown(picker)).to.equal(true);
      expect(isShown(contentSwitch)).to.equal(true);
      expect(isShown(forms)).to.equal(true);
      expect(getComputedStyle(link, '::after').content).to.equal('none');

      await emulateMedia({ media: 'print' });
      expect(isShown(button)).to.equal(false);
      expect(isShown(picker)).to.equal(false);
      expect(isShown(contentSwitch)).to.equal(false);
      expect(isShown(forms)).to.equal(false);
      expect(getComputedStyle(link, '::after').content).to.equal('" (https://games.example/fractions)"');
      // the card itself still prints, black on white
      expect(isShown(root.querySelector('h2'))).to.equal(true);
      expect(isShown(root.querySelector('ol[part="steps"]'))).to.equal(true);
      expect(getComputedStyle(root.querySelector('.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(root.querySelector('.root')!).color).to.equal('rgb(0, 0, 0)');
    });
  });
});

function frame(doc: Document): Window {
  return doc.defaultView!;
}
