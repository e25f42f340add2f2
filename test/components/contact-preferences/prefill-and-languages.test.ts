import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import type { Preferences } from '../../../src/components/contact-preferences/preferences.schema.js';
import { intlHasLocale } from '../../../src/core/i18n/intl-has-locale.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { keys } from '../../keyboard.js';
import type { SubmittingElement } from '../../../src/core/submit/submitting-element.js';
import { uniqueId, waitForState } from '../../core/submit/submitting-element-suite.js';
import { envelopeOf, receivedRequests, submissionsUrl } from '../../receiver.js';
import { $, channelRows, container, mount, root, submit, text, tick, type, type El, unmountAll } from './prefs-fixture.js';

describe('<family-contact-preferences> prefill and page languages', function () {
  this.timeout(20_000);

  afterEach(async () => {
    unmountAll();
    await setLocale('en', { remember: false });
  });

  describe('prefill', () => {
    const saved: Preferences = {
      channels: ['email', 'sms'],
      language: 'ht',
      interpreter: true,
      times: ['weekend-afternoon'],
      topics: ['attendance', 'emergencies'],
      frequency: 'daily',
      quietHours: { start: '22:00', end: '06:30' },
      phone: { number: '+12025550123', extension: '5' },
      email: 'jean@example.com',
      smsConsent: { given: true, text: 'Old wording the family agreed to.', at: '2026-01-05T10:00:00Z' },
    };

    it('shows saved preferences from .value, and the family changes them from there', async () => {
      const el = await mount('channels="sms email phone"');
      el.value = saved;
      await el.updateComplete;
      expect(channelRows(el)).to.deep.equal(['email', 'sms', 'phone']);
      expect($<HTMLInputElement>(el, '#language-ht').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#interpreter-yes').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#time-weekend-afternoon').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#topic-events').checked).to.equal(false);
      expect($<HTMLInputElement>(el, '#frequency-daily').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#quiet-start').value).to.equal('22:00');
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('+12025550123 ext. 5');
      expect($<HTMLInputElement>(el, '#email').value).to.equal('jean@example.com');
      // consent was given to other words than the ones shown now: ask again
      expect($<HTMLInputElement>(el, '#sms-consent').checked).to.equal(false);
      const { smsConsent, ...rest } = saved;
      expect(el.value).to.deep.equal(rest);
      const change = oneEvent(el, 'family-change');
      await tick(el, '#time-weekday-morning');
      expect((await change).detail.value.times).to.deep.equal(['weekday-morning', 'weekend-afternoon']);
      void smsConsent;
    });

    it('never sends a saved channel the district no longer offers', async () => {
      const el = await mount('channels="email phone"');
      el.value = { ...saved, channels: ['app', 'email', 'sms'] };
      await el.updateComplete;
      expect(channelRows(el)).to.deep.equal(['email', 'phone']);
      expect(el.value.channels).to.deep.equal(['email']);
      expect(el.value.smsConsent).to.equal(undefined);
    });

    it('keeps consent given to the same words, with its original time', async () => {
      const el = await mount('channels="sms" sms-consent-text="Old wording the family agreed to."');
      el.value = saved;
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#sms-consent').checked).to.equal(true);
      expect(el.value.smsConsent).to.deep.equal(saved.smsConsent);
    });

    it('takes .value set before the element was upgraded (a portal framework setting properties early)', async () => {
      // Elements of a document without a window are never upgraded: like a page whose script loads late.
      const inert = document.implementation.createHTMLDocument('');
      const early = inert.createElement('family-contact-preferences') as El;
      (early as { value: Preferences }).value = saved;
      early.setAttribute('no-language-picker', '');
      expect(customElements.get('family-contact-preferences')).to.exist;
      expect(early).not.to.be.instanceOf(customElements.get('family-contact-preferences')!);
      const host = container();
      host.append(document.adoptNode(early));
      await early.updateComplete;
      expect($<HTMLInputElement>(early, '#email').value).to.equal('jean@example.com');
      expect(early.value.language).to.equal('ht');
    });

    it('loads saved preferences from src', async () => {
      const el = await mount(`src="${new URL('./saved-preferences.json', import.meta.url).pathname}"`);
      await waitUntil(() => root(el).querySelector('#email') !== null, 'form shown after loading');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#email').value).to.equal('jean@example.com');
      expect(el.value.language).to.equal('ht');
    });

    it('tells the webmaster when src cannot be read, and still lets the family choose', async () => {
      const errors: CustomEvent[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('family-error', listener);
      try {
        const el = await mount(`src="/test/components/contact-preferences/${uniqueId('missing')}.json"`);
        await waitUntil(() => errors.length > 0, 'family-error');
        await el.updateComplete;
        expect(errors[0]!.detail.kind).to.equal('network');
        expect(text($(el, '[part="problem"]'))).to.contain('HTTP 404');
        expect(root(el).querySelector('#channel-sms')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('family-error', listener);
      }
    });

    it('reports a src that answers with something other than JSON as a content problem', async () => {
      const errors: CustomEvent[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('family-error', listener);
      try {
        const el = await mount('src="/README.md"');
        await waitUntil(() => errors.length > 0, 'family-error');
        await el.updateComplete;
        expect(errors.map((e) => e.detail.kind)).to.deep.equal(['definition']);
        expect(text($(el, '[part="problem"]'))).to.contain('/README.md are not JSON');
        expect(root(el).querySelector('#channel-sms')).to.exist;
      } finally {
        document.removeEventListener('family-error', listener);
      }
    });

    describe('a saved language the list does not have', () => {
      const listed = (el: El) => [...root(el).querySelectorAll<HTMLInputElement>('#language-list input')];

      it('shows it chosen, first in the list and named in itself and in the page language, and sends it back unchanged', async () => {
        const el = await mount(`channels="email" endpoint="${submissionsUrl('prefs-saved-language')}"`);
        el.value = { ...saved, channels: ['email'], language: 'de' };
        await el.updateComplete;
        expect(listed(el).filter((radio) => radio.checked).map((radio) => radio.id)).to.deep.equal(['language-de']);
        expect(listed(el)[0]!.id).to.equal('language-de');
        expect(text($(el, 'label[for="language-de"]'))).to.equal('Deutsch (German)');
        expect($(el, 'label[for="language-de"] span').getAttribute('lang')).to.equal('de');
        await expect(el).to.be.accessible();
        // the search finds it by its names
        await type(el, '#language-filter', 'german');
        expect(listed(el).map((radio) => radio.id)).to.deep.equal(['language-de', 'language-other']);
        expect(text($(el, '#language-count'))).to.equal('1 language found');
        await submit(el);
        await waitForState(el as unknown as SubmittingElement, 'sent');
        const [request] = await receivedRequests(el.formId);
        expect((envelopeOf(request!) as { data: Preferences }).data.language).to.equal('de');
      });

      it('keeps a regional tag as saved beside the plain language; arrow keys leave it and come back', async () => {
        const el = await mount();
        el.value = { ...saved, language: 'es-MX' };
        await el.updateComplete;
        expect($<HTMLInputElement>(el, '#language-es-MX').checked).to.equal(true);
        expect($<HTMLInputElement>(el, '#language-es').checked).to.equal(false);
        // "español de México (Mexican Spanish)": the browser's names, whose wording varies a little
        expect(text($(el, 'label[for="language-es-MX"]'))).to.match(/^español de México \(.*Spanish.*\)$/i).and.match(/Mexic/);
        $<HTMLInputElement>(el, '#language-es-MX').focus();
        await keys({ press: 'ArrowDown' });
        await waitUntil(() => el.value.language === 'en', 'ArrowDown chose English');
        await el.updateComplete;
        expect(root(el).activeElement?.id).to.equal('language-en');
        // still on offer, so the family can go back to it
        await keys({ press: 'ArrowUp' });
        await waitUntil(() => el.value.language === 'es-MX', 'ArrowUp chose the saved language again');
        await el.updateComplete;
        expect(root(el).activeElement?.id).to.equal('language-es-MX');
        expect($<HTMLInputElement>(el, '#language-es-MX').checked).to.equal(true);
      });

      it('takes a listed language saved in other letter case as that entry', async () => {
        const el = await mount();
        el.value = { ...saved, language: 'ES' };
        await el.updateComplete;
        expect(listed(el).filter((radio) => radio.checked).map((radio) => radio.id)).to.deep.equal(['language-es']);
        expect(listed(el)[0]!.id).to.equal('language-en');
        expect(el.value.language).to.equal('es');
      });
    });

    it('reports invalid saved preferences and keeps the valid parts', async () => {
      const el = await mount();
      const error = oneEvent(el, 'family-error');
      el.value = { ...saved, frequency: 'hourly' } as unknown as Preferences;
      const { detail } = await error;
      expect(detail.kind).to.equal('definition');
      expect(detail.message).to.contain('frequency: must be one of "instant", "daily"');
      await el.updateComplete;
      expect(el.value.email).to.equal('jean@example.com');
      expect(el.value.frequency).to.equal('instant');
    });
  });

  it('arrowing off a kept choice that the search does not match keeps focus on the new choice', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#language-en').click();
    await el.updateComplete;
    await type(el, '#language-filter', 'soomaali');
    const ids = () => [...root(el).querySelectorAll('#language-list input')].map((i) => i.id);
    expect(ids(), 'English is kept as the choice').to.deep.equal(['language-en', 'language-so', 'language-other']);
    $<HTMLInputElement>(el, '#language-en').focus();
    await keys({ press: 'ArrowDown' });
    await waitUntil(() => el.value.language === 'so', 'ArrowDown chose Somali');
    await el.updateComplete;
    expect(ids(), 'English drops out of the search').to.deep.equal(['language-so', 'language-other']);
    expect(root(el).activeElement?.id).to.equal('language-so');
    await keys({ press: 'ArrowDown' });
    await waitUntil(() => el.value.language === 'other', 'ArrowDown chose another language');
    expect(root(el).activeElement?.id).to.equal('language-other');
  });

  describe('languages of the page', () => {
    it('lays out right to left in Arabic', async () => {
      await setLocale('ar', { remember: false });
      const el = await mount('', { picker: true });
      expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
      expect($(el, '.root').getAttribute('lang')).to.equal('ar');
      // language names in Arabic beside each autonym
      const spanish = text($(el, 'label[for="language-es"]'));
      expect(spanish).to.contain('Español').and.match(/[\u0600-\u06ff]/);
      // ranking still works, and the arrows mean up/down the list, not left/right
      await tick(el, '#channel-sms');
      await tick(el, '#channel-email');
      $<HTMLButtonElement>(el, '[data-channel="email"] .move-up').click();
      await el.updateComplete;
      expect(el.value.channels).to.deep.equal(['email', 'sms']);
      await expect(el).to.be.accessible();
    });

    it('names languages in Somali on a Somali page, not in English', async () => {
      await setLocale('so', { remember: false });
      const el = await mount();
      const spanish = text($(el, 'label[for="language-es"]'));
      expect(spanish).to.match(/^Español \(Isbaanis?h\)$/);
      // Chromium has no Somali data: the library's table; Firefox's own Somali names may differ slightly
      if (!intlHasLocale('so')) {
        expect(text($(el, 'label[for="language-vi"]'))).to.equal('Tiếng Việt (Fiitnaamiis)');
      }
      const all = text($(el, '#language-list'));
      expect(all).not.to.match(/Spanish|Vietnamese|Arabic|Haitian/);
      await type(el, '#language-filter', 'carabi');
      expect($(el, '#language-ar')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
