import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Preferences } from '../../../src/components/contact-preferences/preferences.schema.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import type { SubmittingElement } from '../../../src/core/submit/submitting-element.js';
import { waitForState } from '../../core/submit/submitting-element-suite.js';
import { waitUntil } from '../../wait-until.js';
import { envelopeOf, receivedRequests, submissionsUrl } from '../../receiver.js';
import { $, activeIn, channelRows, fieldText, mount, root, submit, text, tick, type, unmountAll, type El } from './prefs-fixture.js';
import { recordWebmasterNotices } from '../../webmaster-notices.js';

/**
 * Presses Enter or Space on the focused control. Firefox over WebDriver BiDi does
 * not activate a button from the keyboard in a background tab (test files run two
 * at a time); there the focused control is clicked, which is what the key does.
 */
async function activate(el: El, key: 'Enter' | ' '): Promise<void> {
  if (document.visibilityState === 'visible' || !navigator.userAgent.includes('Firefox')) {
    await sendKeys({ press: key });
  } else {
    activeIn(el)!.click();
  }
  await el.updateComplete;
}

describe('<family-contact-preferences>', function () {
  this.timeout(20_000);

  afterEach(async () => {
    unmountAll();
    await setLocale('en', { remember: false });
  });

  it('offers only the channels the district lists, in its order', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await mount('channels="email paper fax sms"');
      expect(channelRows(el)).to.deep.equal(['email', 'paper', 'sms']);
      expect(text($(el, 'label[for="channel-email"]'))).to.equal('Email');
      expect(warnings.join()).to.contain('fax');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('offers all five channels by default', async () => {
    const el = await mount();
    expect(channelRows(el)).to.deep.equal(['sms', 'email', 'phone', 'app', 'paper']);
  });

  it('ticking moves a channel up to the chosen ones: every box shows its own channel, and focus follows the ticked one', async () => {
    const el = await mount('channels="sms email paper app"');
    /** Each row as the family sees it: its channel, its label and whether its box is ticked. */
    const rows = () =>
      [...root(el).querySelectorAll<HTMLElement>('[data-channel]')].map((li) => {
        const box = li.querySelector<HTMLInputElement>('input[type=checkbox]')!;
        return `${li.dataset['channel']}:${text(li.querySelector(`label[for="${box.id}"]`))}:${box.checked ? 'ticked' : 'not ticked'}`;
      });
    $<HTMLInputElement>(el, '#channel-app').focus();
    await activate(el, ' ');
    expect(rows()).to.deep.equal([
      'app:School app:ticked',
      'sms:Text message (SMS):not ticked',
      'email:Email:not ticked',
      'paper:Paper note sent home:not ticked',
    ]);
    expect(activeIn(el)).to.equal($(el, '#channel-app'));
    await tick(el, '#channel-paper');
    expect(rows()).to.deep.equal([
      'app:School app:ticked',
      'paper:Paper note sent home:ticked',
      'sms:Text message (SMS):not ticked',
      'email:Email:not ticked',
    ]);
    // unticking puts it back among the others, in the district's order
    $<HTMLInputElement>(el, '#channel-app').focus();
    await activate(el, ' ');
    expect(rows()).to.deep.equal([
      'paper:Paper note sent home:ticked',
      'sms:Text message (SMS):not ticked',
      'email:Email:not ticked',
      'app:School app:not ticked',
    ]);
    expect(activeIn(el)).to.equal($(el, '#channel-app'));
    expect(el.value.channels).to.deep.equal(['paper']);
  });

  it('ranks channels by keyboard: focus stays on the moved channel and the new place is announced', async () => {
    const el = await mount('channels="sms email paper app"');
    const changes: Preferences[] = [];
    el.addEventListener('family-change', (e) => changes.push((e as CustomEvent<{ value: Preferences }>).detail.value));
    await tick(el, '#channel-email');
    await tick(el, '#channel-paper');
    await tick(el, '#channel-app');
    expect(channelRows(el)).to.deep.equal(['email', 'paper', 'app', 'sms']);
    expect(text($(el, '[data-channel="app"] .rank'))).to.equal('Choice 3');

    // Move "School app" to the top with the keyboard only.
    const up = $<HTMLButtonElement>(el, '[data-channel="app"] .move-up');
    expect(up.getAttribute('aria-label')).to.equal('Move School app up');
    up.focus();
    await activate(el, 'Enter');
    await el.updateComplete;
    expect(channelRows(el)).to.deep.equal(['email', 'app', 'paper', 'sms']);
    expect(activeIn(el)).to.equal($(el, '[data-channel="app"] .move-up'));
    await activate(el, ' ');
    await el.updateComplete;
    expect(channelRows(el)).to.deep.equal(['app', 'email', 'paper', 'sms']);
    expect(activeIn(el)).to.equal($(el, '[data-channel="app"] .move-up'));
    expect(text($(el, '.channel-list ~ [role="status"]'))).to.equal('School app: choice 1 of 3.');

    // At the top "Move up" stays focusable but does nothing (aria-disabled, so focus is not lost).
    expect(activeIn(el)!.getAttribute('aria-disabled')).to.equal('true');
    await activate(el, 'Enter');
    await el.updateComplete;
    expect(channelRows(el)).to.deep.equal(['app', 'email', 'paper', 'sms']);

    // And down again with Tab to its "Move down" button.
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal($(el, '[data-channel="app"] .move-down'));
    await activate(el, 'Enter');
    await el.updateComplete;
    expect(channelRows(el)).to.deep.equal(['email', 'app', 'paper', 'sms']);
    expect(activeIn(el)).to.equal($(el, '[data-channel="app"] .move-down'));
    expect(text($(el, '.channel-list ~ [role="status"]'))).to.equal('School app: choice 2 of 3.');

    expect(changes.at(-1)!.channels).to.deep.equal(['email', 'app', 'paper']);
    await expect(el).to.be.accessible();
  });

  it('a move at either end changes nothing and does not pull focus back later', async () => {
    const el = await mount('channels="sms email"');
    await tick(el, '#channel-sms');
    await tick(el, '#channel-email');
    $<HTMLButtonElement>(el, '[data-channel="sms"] .move-up').click();
    await el.updateComplete;
    expect(el.value.channels).to.deep.equal(['sms', 'email']);
    await type(el, '#email', 'ana@example.com');
    expect(activeIn(el)).to.equal($(el, '#email'));
  });

  it('moves channels by touch or mouse with the same buttons', async () => {
    const el = await mount('channels="sms email"');
    await tick(el, '#channel-sms');
    await tick(el, '#channel-email');
    $<HTMLButtonElement>(el, '[data-channel="email"] .move-up').click();
    await el.updateComplete;
    expect(el.value.channels).to.deep.equal(['email', 'sms']);
    const box = $(el, '[data-channel="email"] .move-up').getBoundingClientRect();
    // touch targets of at least 24 × 24 px (WCAG 2.2)
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('needs at least one channel', async () => {
    const el = await mount();
    await submit(el);
    expect(fieldText(el, 'channels')).to.contain('Choose at least one way to reach you.');
    await expect(el).to.be.accessible();
  });

  describe('text messages and consent', () => {
    it('asks for consent only once sms is chosen, and requires it and a phone number', async () => {
      const el = await mount('channels="sms email"');
      expect(root(el).querySelector('#sms-consent')).to.equal(null);
      await tick(el, '#channel-sms');
      const consent = $<HTMLInputElement>(el, '#sms-consent');
      expect(consent.checked).to.equal(false);
      await submit(el);
      expect(fieldText(el, 'smsConsent')).to.contain('To get text messages, tick the box to agree.');
      expect(fieldText(el, 'phone.number')).to.contain('Enter a phone number for text messages and calls.');
      expect(consent.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('sends the exact consent text shown, with the time it was given', async () => {
      const el = await mount('channels="sms"');
      await tick(el, '#channel-sms');
      await type(el, '#phone', '202-555-0123');
      const before = Date.now();
      await tick(el, '#sms-consent');
      const shown = text($(el, 'label[for="sms-consent"]'));
      expect(shown).to.match(/^I agree to receive text messages/);
      const { smsConsent } = el.value;
      expect(smsConsent!.given).to.equal(true);
      expect(smsConsent!.text).to.equal(shown);
      expect(Date.parse(smsConsent!.at)).to.be.within(before - 1, Date.now() + 1);
      // unticking withdraws it
      await tick(el, '#sms-consent');
      expect(el.value.smsConsent).to.equal(undefined);
    });

    it('shows and sends the district’s own consent wording', async () => {
      const el = await mount('channels="sms" sms-consent-text="Yes, Lincoln USD may text me. Reply STOP to end."');
      await tick(el, '#channel-sms');
      await tick(el, '#sms-consent');
      expect(text($(el, 'label[for="sms-consent"]'))).to.equal('Yes, Lincoln USD may text me. Reply STOP to end.');
      expect(el.value.smsConsent!.text).to.equal('Yes, Lincoln USD may text me. Reply STOP to end.');
    });

    it('asks again when the consent wording on screen changes', async () => {
      const el = await mount('channels="sms" sms-consent-text="First wording."');
      await tick(el, '#channel-sms');
      await tick(el, '#sms-consent');
      expect(el.value.smsConsent!.text).to.equal('First wording.');
      el.setAttribute('sms-consent-text', 'New wording from the district.');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#sms-consent').checked).to.equal(false);
      expect(el.value.smsConsent).to.equal(undefined);
    });

    it('drops consent when sms is unticked', async () => {
      const el = await mount('channels="sms email"');
      await tick(el, '#channel-sms');
      await tick(el, '#sms-consent');
      await tick(el, '#channel-sms');
      expect(root(el).querySelector('#sms-consent')).to.equal(null);
      expect(el.value.smsConsent).to.equal(undefined);
    });
  });

  describe('phone and email', () => {
    it('has the right input types, autocomplete and inputmode', async () => {
      const el = await mount();
      const phone = $<HTMLInputElement>(el, '#phone');
      const email = $<HTMLInputElement>(el, '#email');
      expect([phone.type, phone.autocomplete, phone.inputMode]).to.deep.equal(['tel', 'tel', 'tel']);
      expect([email.type, email.autocomplete, email.inputMode]).to.deep.equal(['email', 'email', 'email']);
    });

    it('normalises what the family types to E.164 with the extension apart', async () => {
      const el = await mount();
      for (const [typed, phone] of [
        ['(202) 555-0123', { number: '+12025550123' }],
        ['202.555.0123 ext. 42', { number: '+12025550123', extension: '42' }],
        ['+52 55 1234 5678', { number: '+525512345678' }],
        ['1 202 555 0123 x7', { number: '+12025550123', extension: '7' }],
      ] as const) {
        await type(el, '#phone', typed);
        expect(el.value.phone, typed).to.deep.equal(phone);
      }
    });

    it('reads numbers without + in the default-country', async () => {
      const el = await mount('default-country="MX"');
      await type(el, '#phone', '55 1234 5678');
      expect(el.value.phone).to.deep.equal({ number: '+525512345678' });
    });

    it('goes back to US rules when the default-country attribute is taken away', async () => {
      const notices = recordWebmasterNotices();
      try {
        const el = await mount('default-country="MX"');
        el.removeAttribute('default-country');
        await el.updateComplete;
        await type(el, '#phone', '202 555 0123');
        expect(el.value.phone).to.deep.equal({ number: '+12025550123' });
        expect(notices.errors).to.have.length(0);
      } finally {
        notices.stop();
      }
    });

    it('refuses a number without + when it keeps no rules for the default-country, and asks for the country code', async () => {
      const asked = 'Write the number with + and the country code in front, for example +39 312 345 6789.';
      const el = await mount(`default-country="IT" channels="phone" endpoint="${submissionsUrl('prefs-country')}"`);
      await tick(el, '#channel-phone');
      // read by US rules this would be +1 312 345 6789: someone else's number
      await type(el, '#phone', '312 345 6789');
      expect(fieldText(el, 'phone.number')).to.contain(asked);
      expect($(el, '#phone').getAttribute('aria-invalid')).to.equal('true');
      expect(el.value.phone).to.equal(undefined);
      await submit(el);
      expect(text($(el, '.error-summary'))).to.contain(asked);
      expect(el.submission.state).to.equal('idle');
      await expect(el).to.be.accessible();
      await type(el, '#phone', '+39 312 345 6789');
      expect(fieldText(el, 'phone.number')).not.to.contain(asked);
      await submit(el);
      await waitForState(el as unknown as SubmittingElement, 'sent');
      // one request: the refused number never left the page
      const requests = await receivedRequests(el.formId);
      expect(requests.map((r) => (envelopeOf(r) as { data: Preferences }).data.phone)).to.deep.equal([
        { number: '+393123456789' },
      ]);
    });

    it('tells the webmaster once about a default-country it keeps no phone rules for', async () => {
      const notices = recordWebmasterNotices();
      const { warnings, errors } = notices;
      try {
        // (control) the default, and a known code in any case
        await mount();
        await mount('default-country="mx"');
        expect(errors).to.have.length(0);
        const el = await mount('default-country="USA"');
        await waitUntil(() => errors.length > 0, 'family-error');
        // more renders tell no more
        await tick(el, '#channel-sms');
        await type(el, '#phone', '202 555 0123');
        expect(errors.map((e) => e.detail.kind)).to.deep.equal(['config']);
        expect(errors[0]!.detail.message).to.contain('default-country="USA"');
        expect(warnings.filter((w) => w.includes('default-country="USA"'))).to.have.length(1);
        expect(fieldText(el, 'phone.number')).to.contain('Write the number with + and the country code');
        // a code it knows is no problem; another unknown one is told too
        el.setAttribute('default-country', 'US');
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(el.value.phone).to.deep.equal({ number: '+12025550123' });
        el.setAttribute('default-country', 'NL');
        await el.updateComplete;
        expect(errors.map((e) => e.detail.message as string)[1]).to.contain('default-country="NL"');
      } finally {
        notices.stop();
      }
    });

    it('says what is wrong with an impossible number once the family leaves the field', async () => {
      const el = await mount();
      for (const [typed, message] of [
        ['555-0123', 'too short'],
        ['202-555-01234', 'too long'],
        ['1-800-FLOWERS', 'Use only digits'],
        ['055-555-0123', 'area code cannot start with 0 or 1'],
      ] as const) {
        await type(el, '#phone', typed);
        expect(fieldText(el, 'phone.number'), typed).to.contain(message);
        expect($(el, '#phone').getAttribute('aria-invalid')).to.equal('true');
        expect(el.value.phone).to.equal(undefined);
      }
      await expect(el).to.be.accessible();
    });

    it('requires a valid email address for email', async () => {
      const el = await mount('channels="email"');
      await tick(el, '#channel-email');
      await submit(el);
      expect(fieldText(el, 'email')).to.contain('Enter an email address to get email.');
      await type(el, '#email', 'ana@');
      expect(fieldText(el, 'email')).to.contain('Enter an email address, for example name@example.com.');
      await type(el, '#email', '  ana@example.com ');
      expect(fieldText(el, 'email')).not.to.contain('Enter an email address');
      expect(el.value.email).to.equal('ana@example.com');
    });
  });

  it('keeps emergencies on: a disabled, ticked box with the reason read out', async () => {
    const el = await mount();
    const box = $<HTMLInputElement>(el, '#topic-emergencies');
    expect(box.checked && box.disabled).to.equal(true);
    const reason = $(el, `#${box.getAttribute('aria-describedby')}`);
    expect(text(reason)).to.contain('Emergency messages are always sent');
    for (const topic of ['good-news', 'events', 'attendance', 'academics']) await tick(el, `#topic-${topic}`);
    box.click();
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(el.value.topics).to.deep.equal(['emergencies']);
    // even saved preferences without it get it back
    el.value = { ...el.value, channels: ['paper'], topics: ['events'] } as Preferences;
    await el.updateComplete;
    expect(el.value.topics).to.deep.equal(['events', 'emergencies']);
  });

  it('offers best times as a grid of labelled checkboxes', async () => {
    const el = await mount();
    const table = $(el, 'table.times');
    expect([...table.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Weekdays', 'Weekends']);
    expect([...table.querySelectorAll('th[scope="row"]')].map(text)).to.deep.equal(['Morning', 'Afternoon', 'Evening']);
    const cell = $<HTMLInputElement>(el, '#time-weekend-evening');
    const label = cell
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => text($(el, `#${id}`)))
      .join(' ');
    expect(label).to.equal('Weekends Evening');
    await tick(el, '#time-weekend-evening');
    await tick(el, '#time-weekday-morning');
    expect(el.value.times).to.deep.equal(['weekday-morning', 'weekend-evening']);
  });

  it('lets the family find a language by its own name or the page language, or write another', async () => {
    const el = await mount();
    const labels = () => [...root(el).querySelectorAll('#language-list label')].map((l) => text(l));
    expect(labels()).to.include('Español (Spanish)');
    expect(labels()).to.include('Tiếng Việt (Vietnamese)');
    expect($(el, '#language-es + label span').getAttribute('lang')).to.equal('es');
    expect($(el, '#language-ar + label span').getAttribute('dir')).to.equal('rtl');
    await type(el, '#language-filter', 'somal');
    expect(labels()).to.deep.equal(['English', 'Soomaali (Somali)', 'Another language']);
    expect(text($(el, '#language-count'))).to.equal('1 language found');
    await tick(el, '#language-so');
    expect(el.value.language).to.equal('so');
    await tick(el, '#language-other');
    await submit(el);
    expect(fieldText(el, 'languageOther')).to.contain('Write the name of your language.');
    await type(el, '#language-other-text', ' Mam ');
    expect(el.value).to.include({ language: 'other', languageOther: 'Mam' });
    await tick(el, '#interpreter-yes');
    expect(el.value.interpreter).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('starts from the page language', async () => {
    await setLocale('es', { remember: false });
    const el = await mount();
    expect(el.value.language).to.equal('es');
    expect($<HTMLInputElement>(el, '#language-es').checked).to.equal(true);
  });

  it('sends exactly the contract payload, and the reference receiver accepts it', async () => {
    const el = await mount(`channels="sms email phone paper" endpoint="${submissionsUrl('prefs-payload')}"`);
    await tick(el, '#channel-email');
    await tick(el, '#channel-sms');
    await tick(el, '#channel-paper');
    $<HTMLButtonElement>(el, '[data-channel="sms"] .move-up').click();
    await el.updateComplete;
    await type(el, '#phone', '(202) 555-0123 ext 9');
    await type(el, '#email', 'ana@example.com');
    await tick(el, '#sms-consent');
    const consentText = text($(el, 'label[for="sms-consent"]'));
    await tick(el, '#language-vi');
    await tick(el, '#interpreter-yes');
    await tick(el, '#time-weekday-evening');
    await tick(el, '#time-weekend-morning');
    await tick(el, '#topic-good-news');
    await tick(el, '#topic-attendance');
    await tick(el, '#frequency-daily');
    await type(el, '#quiet-start', '21:00');
    await type(el, '#quiet-end', '07:00');
    await submit(el);
    await waitForState(el as unknown as SubmittingElement, 'sent');
    const [request] = await receivedRequests(el.formId);
    expect(request!.status).to.be.within(200, 299);
    const envelope = envelopeOf(request!) as { type: string; data: Preferences };
    expect(envelope.type).to.equal('family-contact-preferences');
    const { at, ...consent } = envelope.data.smsConsent!;
    expect(Date.parse(at)).to.be.closeTo(Date.now(), 60_000);
    expect({ ...envelope.data, smsConsent: consent }).to.deep.equal({
      channels: ['sms', 'email', 'paper'],
      language: 'vi',
      interpreter: true,
      times: ['weekday-evening', 'weekend-morning'],
      topics: ['events', 'academics', 'emergencies'],
      frequency: 'daily',
      quietHours: { start: '21:00', end: '07:00' },
      phone: { number: '+12025550123', extension: '9' },
      email: 'ana@example.com',
      smsConsent: { given: true, text: consentText },
    });
    await expect(el).to.be.accessible();
  });

  it('checks quiet hours: both times, and not the same', async () => {
    const el = await mount('channels="paper"');
    await tick(el, '#channel-paper');
    await type(el, '#quiet-start', '21:00');
    await submit(el);
    expect(fieldText(el, 'quietHours.end')).to.contain('Enter a time');
    await type(el, '#quiet-end', '21:00');
    expect(fieldText(el, 'quietHours.end')).to.contain('different time');
    await expect(el).to.be.accessible();
  });
});
