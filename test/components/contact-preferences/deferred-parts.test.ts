import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../axe.js';
import { focusJustBefore, keys } from '../../keyboard.js';
import { holding, libraryFiles, staticFiles } from '../../pages/loaded-files.js';
import { nextSubmitted } from '../../core/submit/next-submitted.js';

/**
 * The contact preferences' first load is the form as a family first sees it;
 * what it can do without (deferred-parts.ts: each language's name in the page's
 * language and the search among them, and what a choice brings: a chosen
 * channel's rank and move buttons, the text-message consent, the field for
 * another language) loads with import() as the element connects. The built
 * per-element file (dist/, which `npm test` builds first), so the split is the
 * one a family's phone downloads; this file imports no source of the element,
 * so the built one is the only one on the page.
 */

const ENTRY = '/dist/components/family-contact-preferences.js';

/** Text only the deferred parts hold: their message ids, and a name from language-name.ts's own tables. */
const DEFERRED_MARKERS = [
  'prefs.channels.rank',
  'prefs.channels.moved',
  'prefs.channels.up',
  'prefs.language.count.one',
  'prefs.language.other-label',
  'part="consent"',
  'Kiriyoolka Haiti',
];

type El = HTMLElement & { updateComplete: Promise<boolean>; value: Record<string, unknown> };

let n = 0;
const mounted: HTMLElement[] = [];
async function mount(attributes: string): Promise<El> {
  const host = document.createElement('div');
  // Not open-wc's fixture(): it waits for an animation frame, which a background tab never runs.
  host.innerHTML = `<family-contact-preferences form-id="deferred-parts-${Date.now()}-${++n}" no-language-picker ${attributes}></family-contact-preferences>`;
  document.body.append(host);
  mounted.push(host);
  const el = host.firstElementChild as El;
  await el.updateComplete;
  return el;
}
const root = (el: El) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const languageLabels = (el: El) => [...root(el).querySelectorAll('#language-list label')].map(text);

describe('<family-contact-preferences> loads what its first screen can do without after it', function () {
  this.timeout(30_000);
  before(async () => {
    await import(ENTRY);
  });
  afterEach(() => {
    for (const host of mounted.splice(0)) host.remove();
  });

  it('its static files hold none of the deferred parts; they arrive without a choice, and the list names each language in the page language', async () => {
    const files = await staticFiles(ENTRY);
    const urls = [...files];
    // control: the first screen's words are found in them, so the markers are read right
    expect(await holding(urls, ['prefs.channels.legend', 'prefs.language.filter']), 'control').to.not.deep.equal([]);
    expect(await holding(urls, DEFERRED_MARKERS)).to.deep.equal([]);

    const el = await mount('channels="sms email"');
    expect(
      await holding(
        libraryFiles().filter((url) => !files.has(url)),
        DEFERRED_MARKERS,
      ),
      'loaded with import(), without a choice',
    ).to.not.deep.equal([]);
    expect(languageLabels(el)).to.include.members(['Español (Spanish)', 'Tiếng Việt (Vietnamese)', 'Soomaali (Somali)']);
    expect(root(el).querySelector('#sms-consent'), 'no consent before text messages are chosen').to.equal(null);
    expect(root(el).querySelector('.move-up'), 'no move buttons before a channel is chosen').to.equal(null);
  });

  it('a family ranks channels, consents to text messages and writes another language with the keyboard alone, axe-clean', async () => {
    const el = await mount('channels="sms email"');
    const done = () => el.updateComplete;
    const focused = () => (root(el).activeElement as HTMLElement | null)?.id || root(el).activeElement?.className;
    const before = focusJustBefore(el);
    try {
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('channel-sms');
      await keys({ press: ' ' });
      await waitUntil(() => root(el).querySelector('[data-channel="sms"] .move-up'), 'ticking text messages brings its move buttons');
      await done();
      expect(text(root(el).querySelector('[data-channel="sms"] .rank'))).to.equal('Choice 1');
      expect(focused()).to.equal('channel-sms');
      // its move buttons, then the next channel
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('move-up');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('move-down');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('channel-email');
      await keys({ press: ' ' });
      await waitUntil(() => root(el).querySelector('[data-channel="email"] .move-up'), 'Space ticked email');
      await done();
      await keys({ press: 'Tab' });
      const up = root(el).querySelector<HTMLButtonElement>('[data-channel="email"] .move-up')!;
      expect(root(el).activeElement).to.equal(up);
      expect(up.getAttribute('aria-label')).to.equal('Move Email up');
      await keys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('[data-channel]')?.getAttribute('data-channel') === 'email', 'Enter moved email up');
      await done();
      expect(root(el).activeElement, 'focus stays on the moved channel').to.equal(root(el).querySelector('[data-channel="email"] .move-up'));
      expect(text(root(el).querySelector('.channel-list ~ [role="status"]'))).to.equal('Email: choice 1 of 2.');
      // past the rest of the list to the phone, the email address and the consent text messages bring
      for (const stop of ['move-down', 'channel-sms', 'move-up', 'move-down', 'phone']) {
        await keys({ press: 'Tab' });
        expect(focused()).to.equal(stop);
      }
      await keys({ type: '202-555-0123' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('email');
      await keys({ type: 'ana@example.com' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('sms-consent');
      expect(text(root(el).querySelector('label[for="sms-consent"]'))).to.match(/^I agree to receive text messages/);
      await keys({ press: ' ' });
      await waitUntil(() => root(el).querySelector<HTMLInputElement>('#sms-consent')!.checked, 'Space gave consent');
      // the language search says how many it found
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('language-filter');
      await keys({ type: 'somal' });
      await done();
      expect(languageLabels(el)).to.deep.equal(['English', 'Soomaali (Somali)', 'Another language']);
      expect(text(root(el).querySelector('#language-count'))).to.equal('1 language found');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('language-en');
      // up from the first language wraps round to "Another language"
      await keys({ press: 'ArrowUp' });
      await waitUntil(() => root(el).querySelector('#language-other-text'), 'choosing another language brings its field');
      await done();
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('language-other-text');
      await keys({ type: 'Mam' });
      await done();
      await expect(el).to.be.accessible();
      const submitted = nextSubmitted(el);
      // Enter in a text field sends the preferences
      await keys({ press: 'Enter' });
      const sent = await submitted;
      expect(sent).to.deep.include({
        channels: ['email', 'sms'],
        language: 'other',
        languageOther: 'Mam',
        phone: { number: '+12025550123' },
        email: 'ana@example.com',
      });
      expect(sent['smsConsent']).to.include({ given: true });
    } finally {
      before.remove();
    }
  });
});
