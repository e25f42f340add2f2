import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/homework-tip/family-homework-tip.js';
import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { configureOutbox } from '../../../src/core/submit/outbox.js';
import { bilingualTip, heading, isShown, recordFetches, shadow, textOf } from './tip-fixtures.js';

type FamilyErrorEvent = CustomEvent<{ kind: string; message: string }>;

const loaded = (el: FamilyHomeworkTip) =>
  waitUntil(() => !shadow(el).querySelector('.loading') && el.shadowRoot!.querySelector('h2'), 'tip shown');

describe('<family-homework-tip> content', () => {
  before(async () => {
    // Test files share one origin: an outbox of its own (so no other file's queued entry is sent
    // from here), and this page pinned to English whatever language another file remembered.
    configureOutbox({ dbName: `tip-content-outbox-${Date.now()}`, minGapMs: 0 });
    await setLocale('en', { remember: false });
  });
  afterEach(() => setLocale('en', { remember: false }));

  describe('from attributes and slots', () => {
    it('shows the title, the meta line and the slotted sections, and makes no request', async () => {
      const fetches = recordFetches();
      try {
        const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip
          tip-id="coins"
          subject="Math"
          grade="3"
          tip-title="Count the coins"
          minutes="15"
        >
          <p slot="about">Counting money with your child.</p>
          <ol slot="steps">
            <li>Sort the coins.</li>
            <li>Add them up.</li>
          </ol>
          <ul slot="materials">
            <li>Some coins</li>
          </ul>
        </family-homework-tip>`);
        const root = shadow(el);
        expect(textOf(root.querySelector('h2'))).to.equal('Count the coins');
        expect(textOf(root.querySelector('.meta'))).to.equal('Math · Grade 3 · About 15 minutes');
        expect(isShown(heading(el, 'How you can help'))).to.equal(true);
        expect(isShown(heading(el, 'What you need'))).to.equal(true);
        // no prompts were given: no empty "Talk together" heading
        expect(isShown(heading(el, 'Talk together'))).to.equal(false);
        const steps = root.querySelector<HTMLSlotElement>('slot[name="steps"]')!;
        expect(textOf(steps.assignedElements()[0])).to.equal('Sort the coins. Add them up.');
        expect(root.querySelector('button[part="print-button"]')).to.exist;
        // a display card: no form, no request of its own
        expect(root.querySelector('form, textarea, input')).to.equal(null);
        await new Promise((r) => setTimeout(r, 50));
        expect(fetches.urls).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        fetches.restore();
      }
    });

    it('says "About 1 minute" in the singular', async () => {
      const el = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip tip-id="t" subject="Art" tip-title="Draw" minutes="1"></family-homework-tip>`,
      );
      expect(textOf(shadow(el).querySelector('.meta'))).to.equal('Art · About 1 minute');
    });

    it('shows steps added to the page later', async () => {
      const el = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip tip-id="t" subject="Art" tip-title="Draw"></family-homework-tip>`,
      );
      expect(isShown(heading(el, 'How you can help'))).to.equal(false);
      const steps = document.createElement('ol');
      steps.slot = 'steps';
      steps.innerHTML = '<li>Draw a cat.</li>';
      el.append(steps);
      await waitUntil(() => isShown(heading(el, 'How you can help')), 'steps heading shown');
    });
  });

  describe('from .tip', () => {
    it('renders every section as text: steps in order, prompts, materials, glossary and links', async () => {
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      const root = shadow(el);
      expect(textOf(root.querySelector('h2'))).to.equal('Fractions at dinner');
      expect(textOf(root.querySelector('.meta'))).to.equal('Math · Grade 4 · About 1 minute');
      expect(textOf(root.querySelector('.about'))).to.contain('halves and quarters');
      const steps = [...root.querySelectorAll('ol[part="steps"] > li')].map(textOf);
      expect(steps).to.deep.equal([
        'Cut a tortilla into two equal parts.',
        'Cut each half again and count the pieces.',
        'Ask which is bigger: one half or one quarter.',
      ]);
      expect(heading(el, 'How you can help')!.nextElementSibling!.tagName).to.equal('OL');
      expect(textOf(root.querySelector('ul[part="prompts"]'))).to.equal('Where else do we share things equally?');
      expect(isShown(heading(el, 'Talk together'))).to.equal(true);
      expect(textOf(root.querySelector('ul[part="materials"]'))).to.equal('A tortilla or a sheet of paper');
      expect(textOf(root.querySelector('dl dt'))).to.equal('Quarter');
      expect(textOf(root.querySelector('dl dd'))).to.equal('One of four equal parts.');
      const link = root.querySelector<HTMLAnchorElement>('.links a')!;
      expect(link.href).to.equal('https://games.example/fractions');
      expect(textOf(link)).to.equal('Fraction games');
      await expect(el).to.be.accessible();
    });

    it('shows an invalid tip to the webmaster by JSON path and fires family-error "definition"', async () => {
      const errors: FamilyErrorEvent[] = [];
      const listen = (e: Event) => errors.push(e as FamilyErrorEvent);
      document.addEventListener('family-error', listen);
      const warn = console.warn;
      console.warn = () => {};
      try {
        const bad = { id: 'x', subject: 'Math', title: { en: 'Ok' }, steps: ['fine', 7], minutes: 0 };
        const el = await fixture<FamilyHomeworkTip>(
          html`<family-homework-tip .tip=${bad as unknown as typeof bilingualTip}></family-homework-tip>`,
        );
        const problem = shadow(el).querySelector('[part="problem"]')!;
        expect(textOf(problem)).to.contain('steps.1');
        expect(textOf(problem)).to.contain('minutes');
        expect(shadow(el).querySelector('article')).to.equal(null);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.kind).to.equal('definition');
        expect(errors[0]!.detail.message).to.contain('steps.1');
        await expect(el).to.be.accessible();

        // a good tip replaces the problem
        el.tip = bilingualTip;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="problem"]')).to.equal(null);
        expect(textOf(shadow(el).querySelector('h2'))).to.equal('Fractions at dinner');
      } finally {
        document.removeEventListener('family-error', listen);
        console.warn = warn;
      }
    });
  });

  describe('from src', () => {
    it('loads a sample tip file', async () => {
      const el = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip src="/samples/tips/science.json"></family-homework-tip>`,
      );
      await loaded(el);
      const root = shadow(el);
      expect(textOf(root.querySelector('h2'))).to.equal('Will it float or sink?');
      expect(root.querySelectorAll('ol[part="steps"] > li')).to.have.length(4);
      // the mailto: link survives
      expect(root.querySelector<HTMLAnchorElement>('.links a')!.href).to.equal('mailto:rivera.class@school.example');
      await expect(el).to.be.accessible();
    });

    it('shows a 404 for the webmaster and fires family-error "network"', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = document.createElement('family-homework-tip');
        const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
        el.src = '/samples/tips/no-such-tip.json';
        document.body.append(el);
        const event = await error;
        expect(event.detail.kind).to.equal('network');
        expect(event.detail.message).to.contain('no-such-tip.json');
        await el.updateComplete;
        const problem = shadow(el).querySelector('[part="problem"]')!;
        expect(textOf(problem)).to.contain('HTTP 404');
        expect(textOf(problem)).to.contain('/samples/tips/no-such-tip.json');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        console.warn = warn;
      }
    });

    it('lists every problem of an invalid tip file and of a file that is not JSON', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = document.createElement('family-homework-tip');
        let error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
        el.src = '/test/components/homework-tip/fixtures/invalid-tip.json';
        document.body.append(el);
        expect((await error).detail.kind).to.equal('definition');
        await el.updateComplete;
        const problems = [...shadow(el).querySelectorAll('[part="problem"] li')].map(textOf);
        expect(problems).to.include('id: must not be empty');
        expect(problems.some((p) => p.startsWith('title:'))).to.equal(true);
        expect(problems.some((p) => p.startsWith('steps.1'))).to.equal(true);
        expect(problems.some((p) => p.startsWith('minutes:'))).to.equal(true);

        error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
        el.src = '/test/components/homework-tip/fixtures/not-json.json';
        expect((await error).detail.kind).to.equal('definition');
        await el.updateComplete;
        expect(textOf(shadow(el).querySelector('[part="problem"]'))).to.contain('not valid JSON');
        el.remove();
      } finally {
        console.warn = warn;
      }
    });

    it('resolves relative links against the tip file and warns about unknown keys by path', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const el = await fixture<FamilyHomeworkTip>(
          html`<family-homework-tip src="/test/components/homework-tip/fixtures/relative-links.json"></family-homework-tip>`,
        );
        await loaded(el);
        const hrefs = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.href);
        expect(hrefs).to.deep.equal([
          new URL('/test/components/homework-tip/fixtures/worksheet.pdf', location.href).href,
          'https://school.example/new',
        ]);
        const warning = warnings.find((w) => w.includes('unknown keys'));
        expect(warning).to.contain('prompt').and.contain('links.1.url');
      } finally {
        console.warn = warn;
      }
    });

    it('shows only the tip of the latest src when src changes quickly', async () => {
      const el = document.createElement('family-homework-tip');
      el.src = '/samples/tips/reading.json';
      document.body.append(el);
      await el.updateComplete;
      el.src = '/samples/tips/math.json';
      await loaded(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(textOf(shadow(el).querySelector('h2'))).to.equal('Count the coins at home');
      el.remove();
    });
  });

  describe('languages', () => {
    it('picks the page language from locale maps; text that fell back carries lang', async () => {
      await setLocale('es', { remember: false });
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      const root = shadow(el);
      expect(textOf(root.querySelector('h2'))).to.equal('Fracciones en la cena');
      expect(root.querySelector('h2 [lang]')).to.equal(null);
      const steps = [...root.querySelectorAll<HTMLLIElement>('ol[part="steps"] > li')];
      expect(textOf(steps[0])).to.equal('Corten una tortilla en dos partes iguales.');
      expect(steps[0]!.hasAttribute('lang')).to.equal(false);
      // no Spanish for the third step: English, marked as English
      expect(textOf(steps[2])).to.equal('Ask which is bigger: one half or one quarter.');
      expect(steps[2]!.getAttribute('lang')).to.equal('en');
      expect(steps[2]!.getAttribute('dir')).to.equal('ltr');
    });

    it('offers a switch for the card\'s own language; UI strings keep the page\'s language', async () => {
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      const root = shadow(el);
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="content-language"] button')];
      expect(buttons.map(textOf)).to.deep.equal(['English', 'Español']);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
      expect(buttons[1]!.lang).to.equal('es');

      buttons[1]!.click();
      await el.updateComplete;
      const title = root.querySelector('h2 [lang]')!;
      expect(textOf(title)).to.equal('Fracciones en la cena');
      // Spanish content on an English page carries lang="es"
      expect(title.getAttribute('lang')).to.equal('es');
      expect(textOf(root.querySelector('ol[part="steps"] > li'))).to.equal('Corten una tortilla en dos partes iguales.');
      // UI strings follow the page, not the card
      expect(heading(el, 'How you can help')).to.exist;
      expect(textOf(root.querySelector('[part="print-button"]'))).to.equal('Print this tip');
      expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('en');
      // the untranslated step falls back to English, which is the page's language: no lang needed
      const third = root.querySelectorAll('ol[part="steps"] > li')[2]!;
      expect(third.hasAttribute('lang')).to.equal(false);
      expect(
        [...root.querySelectorAll('[part="content-language"] button')].map((b) => b.getAttribute('aria-pressed')),
      ).to.deep.equal(['false', 'true']);
      await expect(el).to.be.accessible();

      // back to English
      root.querySelector<HTMLButtonElement>('[part="content-language"] button')!.click();
      await el.updateComplete;
      expect(textOf(root.querySelector('h2'))).to.equal('Fractions at dinner');
    });

    it('has no switch for a tip in one language', async () => {
      const el = await fixture<FamilyHomeworkTip>(
        html`<family-homework-tip .tip=${{ id: 'a', subject: 'Art', title: { en: 'Draw' } }}></family-homework-tip>`,
      );
      expect(shadow(el).querySelector('[part="content-language"]')).to.equal(null);
    });

    it('lays out right to left in Arabic, with English content marked ltr', async () => {
      await setLocale('ar', { remember: false });
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${bilingualTip}></family-homework-tip>`);
      const root = shadow(el);
      expect(root.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('ar');
      // no Arabic in the tip: English, marked as such, so it reads left to right
      const title = root.querySelector('h2 [lang]')!;
      expect(title.getAttribute('lang')).to.equal('en');
      expect(title.getAttribute('dir')).to.equal('ltr');
      // logical properties: the list indent is on the right in RTL
      const list = root.querySelector('ol[part="steps"]')!;
      expect(getComputedStyle(list).paddingRight).to.not.equal('0px');
      expect(getComputedStyle(list).paddingLeft).to.equal('0px');
      await expect(el).to.be.accessible();
    });

    it('shows an Arabic version of the content right to left on an English page', async () => {
      const tip = { id: 'ar', subject: 'Reading', title: { en: 'Read aloud', ar: 'اقرأ بصوت عالٍ' } };
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${tip}></family-homework-tip>`);
      shadow(el).querySelectorAll<HTMLButtonElement>('[part="content-language"] button')[1]!.click();
      await el.updateComplete;
      const title = shadow(el).querySelector('h2 [lang]')!;
      expect(title.getAttribute('lang')).to.equal('ar');
      expect(title.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('links', () => {
    it('keeps http, https, mailto and tel links and drops javascript:, data: and other schemes', async () => {
      const tip = {
        id: 'links',
        subject: 'Math',
        title: 'Links',
        links: [
          { label: 'Site', href: 'https://school.example/math' },
          { label: 'Plain http', href: 'http://school.example/old' },
          { label: 'Mail', href: 'mailto:teacher@school.example' },
          { label: 'Call', href: 'tel:+15555550100' },
          { label: 'Worksheet', href: '/worksheets/coins.pdf' },
          { label: 'Script', href: 'javascript:alert(1)' },
          { label: 'Sneaky script', href: ' JaVa\tScRiPt:alert(1)' },
          { label: 'Data', href: 'data:text/html,<script>alert(1)</script>' },
          { label: 'VBScript', href: 'vbscript:msgbox(1)' },
          { label: 'File', href: 'file:///etc/passwd' },
          { label: '<b>bold</b>', href: 'https://school.example/markup' },
        ],
      };
      const el = await fixture<FamilyHomeworkTip>(html`<family-homework-tip .tip=${tip}></family-homework-tip>`);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.links a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://school.example/math',
        'http://school.example/old',
        'mailto:teacher@school.example',
        'tel:+15555550100',
        new URL('/worksheets/coins.pdf', document.baseURI).href,
        'https://school.example/markup',
      ]);
      // labels are text, never markup
      expect(links[5]!.textContent).to.equal('<b>bold</b>');
      expect(links[5]!.querySelector('b')).to.equal(null);
      expect(textOf(shadow(el).querySelector('.links'))).to.not.contain('Script');
    });
  });
});
