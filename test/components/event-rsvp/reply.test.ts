import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { nextSubmitted } from '../../core/submit/next-submitted.js';
import { focusJustBefore } from '../../keyboard.js';
import {
  $,
  answer,
  check,
  conferences,
  control,
  fieldErrorText,
  fillContact,
  isShown,
  literacyNight,
  rsvp,
  select,
  sentData,
  shadow,
  submitButton,
  textOf,
  type,
  type FamilyEventRsvp,
} from './rsvp-fixtures.js';

const plain = { ...literacyNight, sessions: undefined };

/** Each `ask` question: the control that shows it, how to answer it, and what the endpoint then receives. */
const questions: {
  ask: string;
  label: string | RegExp;
  fill: (el: FamilyEventRsvp) => Promise<void>;
  expected: Record<string, unknown>;
}[] = [
  {
    ask: 'guests',
    label: 'Number of adults, including you',
    fill: async (el) => {
      await type(el, 'Number of adults, including you', '2');
      await type(el, 'Number of children', '3');
    },
    expected: { adults: 2, children: 3 },
  },
  {
    ask: 'childcare',
    label: 'I need childcare during the event',
    fill: async (el) => {
      await check(el, 'I need childcare during the event');
      await type(el, 'Ages of the children who need childcare', '3, 6');
    },
    expected: { childcare: { needed: true, ages: [3, 6] } },
  },
  {
    ask: 'interpretation',
    label: 'Interpreter',
    fill: (el) => select(el, 'Interpreter', 'so'),
    expected: { interpretation: 'so' },
  },
  {
    ask: 'meal',
    label: 'Food for the meal',
    fill: (el) => type(el, 'Food for the meal', ' vegetarian, no nuts '),
    expected: { meal: 'vegetarian, no nuts' },
  },
  {
    ask: 'accessibility',
    label: 'Accessibility needs',
    fill: (el) => type(el, 'Accessibility needs', 'Wheelchair access'),
    expected: { accessibility: 'Wheelchair access' },
  },
  {
    ask: 'transportation',
    label: 'I need transportation to the event',
    fill: (el) => check(el, 'I need transportation to the event'),
    expected: { transportation: true },
  },
];

const askedKeys = ['adults', 'children', 'childcare', 'interpretation', 'languageOther', 'meal', 'accessibility', 'transportation'];

describe('<family-event-rsvp> the reply', () => {
  before(() => setLocale('en', { remember: false }));
  afterEach(() => setLocale('en', { remember: false }));

  it('sends the smallest reply: a no with a name, and nothing that was not asked', async () => {
    const el = await rsvp(plain, questions.map((q) => q.ask).join(' '));
    await answer(el, 'No');
    // none of the questions about coming are shown after a no
    for (const q of questions) expect(control(el, q.label), String(q.label)).to.equal(null);
    await type(el, 'Your name', 'Ana Pérez');
    const data = await sentData(el);
    expect(data).to.deep.equal({ eventId: 'literacy-night', response: 'no', name: 'Ana Pérez', contact: {}, waitlist: false });
    // the page reported success at once: the form is gone and focus waits on the event's title, not lost
    await waitUntil(() => !$(el, 'form'), 'the form gives way to the thank-you');
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('event-title');
  });

  for (const q of questions) {
    describe(`ask="${q.ask}"`, () => {
      it('is not shown without being asked', async () => {
        const el = await rsvp(plain, '');
        await answer(el, 'Yes');
        expect(control(el, q.label)).to.equal(null);
        await fillContact(el);
        const data = await sentData(el);
        for (const key of askedKeys) expect(data, key).not.to.have.property(key);
      });

      it('is shown only after a yes or maybe, and its answer is sent', async () => {
        const el = await rsvp(plain, q.ask);
        expect(control(el, q.label), 'before any answer').to.equal(null);
        await answer(el, 'Maybe');
        expect(isShown(control(el, q.label)), 'after maybe').to.equal(true);
        await answer(el, 'No');
        expect(control(el, q.label), 'after no').to.equal(null);
        await answer(el, 'Yes');
        expect(isShown(control(el, q.label)), 'after yes').to.equal(true);
        await q.fill(el);
        await expect(el).to.be.accessible();
        await fillContact(el);
        const data = await sentData(el);
        expect(data).to.deep.include({ response: 'yes', ...q.expected });
        // the other questions were not asked: nothing of theirs is sent
        for (const key of askedKeys.filter((k) => !(k in q.expected))) expect(data, key).not.to.have.property(key);
      });
    });
  }

  it('an unknown name in ask is named to the webmaster once; the known questions are still asked', async () => {
    const ask = `guests food ${Date.now()}`; // warned once per page for each ask value
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await rsvp(plain, ask);
      await answer(el, 'Yes');
      expect(isShown(control(el, 'Number of adults, including you'))).to.equal(true);
      await answer(el, 'Maybe');
      await fillContact(el);
      expect((await sentData(el)).adults).to.equal(1);
    } finally {
      console.warn = original;
    }
    const about = warnings.filter((w) => w.includes('ask: unknown question'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('food').and.to.contain('known: guests, childcare');
  });

  it('childcare: sends needed=false with no ages when not needed, and asks for the ages when needed', async () => {
    const el = await rsvp(plain, 'childcare');
    await answer(el, 'Yes');
    await fillContact(el);
    expect(control(el, 'Ages of the children who need childcare')).to.equal(null);
    await check(el, 'I need childcare during the event');
    submitButton(el)!.click();
    await el.updateComplete;
    expect(fieldErrorText(el, 'childcare.ages')).to.contain('Enter the age of each child');
    await check(el, 'I need childcare during the event');
    const data = await sentData(el);
    expect(data.childcare).to.deep.equal({ needed: false, ages: [] });
  });

  it('interpretation: lists languages by their own name and in the page’s language, with "another language" and text', async () => {
    const el = await rsvp(plain, 'interpretation');
    await answer(el, 'Yes');
    const options = [...control<HTMLSelectElement>(el, 'Interpreter')!.options].map((o) => textOf(o));
    expect(options[0]).to.equal('No interpreter needed');
    expect(options).to.include('Español (Spanish)');
    expect(options).to.include('Soomaali (Somali)');
    expect(options).to.include('Kreyòl ayisyen (Haitian Creole)');
    expect(options.at(-1)).to.equal('Another language');
    await select(el, 'Interpreter', 'other');
    await fillContact(el);
    submitButton(el)!.click();
    await el.updateComplete;
    expect(fieldErrorText(el, 'languageOther')).to.contain('Write the language you would like.');
    await type(el, 'Which language?', 'Mam');
    const data = await sentData(el);
    expect(data).to.deep.include({ interpretation: 'other', languageOther: 'Mam' });
  });

  it('interpretation: names languages in Spanish on a Spanish page', async () => {
    const el = await rsvp(plain, 'interpretation');
    await setLocale('es', { remember: false });
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>('#response-yes')!.click();
    await el.updateComplete;
    const options = [...shadow(el).querySelectorAll('#interpretation option')].map((o) => textOf(o));
    expect(options).to.include('Tiếng Việt (vietnamita)');
  });

  describe('contact', () => {
    it('requires a name always, and an email or phone for a yes; normalises the phone to E.164', async () => {
      const el = await rsvp(plain);
      await answer(el, 'Yes');
      submitButton(el)!.click();
      await el.updateComplete;
      expect(fieldErrorText(el, 'name')).to.contain('Enter your name.');
      expect(fieldErrorText(el, 'contact.email')).to.contain('Enter an email address or a phone number');
      await expect(el).to.be.accessible();
      await type(el, 'Your name', 'Ana');
      await type(el, 'Phone', '555-1234');
      submitButton(el)!.click();
      await el.updateComplete;
      expect(fieldErrorText(el, 'contact.phone.number')).to.contain('Enter a phone number like 555-123-4567');
      await type(el, 'Phone', '(555) 234-5678 ext. 12');
      const data = await sentData(el);
      expect(data.contact).to.deep.equal({ phone: { number: '+15552345678', extension: '12' } });
    });

    it('marks name, email and phone for autofill', async () => {
      const el = await rsvp(plain);
      expect(control(el, 'Your name')!.getAttribute('autocomplete')).to.equal('name');
      expect(control(el, 'Email')!.getAttribute('autocomplete')).to.equal('email');
      expect(control(el, 'Email')!.getAttribute('inputmode')).to.equal('email');
      expect(control(el, 'Phone')!.getAttribute('autocomplete')).to.equal('tel');
      expect(control(el, 'Phone')!.getAttribute('inputmode')).to.equal('tel');
      expect(control(el, 'Your name')!.getAttribute('dir')).to.equal('auto');
    });
  });

  describe('sessions (workshops)', () => {
    it('shows places left, disables full ones with the reason read out, and sends the chosen ones', async () => {
      const el = await rsvp(literacyNight);
      expect(control(el, 'Reading aloud at home')).to.equal(null);
      await answer(el, 'Yes');
      const readAloud = control(el, 'Reading aloud at home')!;
      const card = control(el, 'Get a library card')!;
      const apps = control(el, 'Reading apps')!;
      expect(textOf(shadow(el).getElementById(readAloud.getAttribute('aria-describedby')!))).to.equal('6 places left');
      expect(card.disabled).to.equal(true);
      expect(textOf(shadow(el).getElementById(card.getAttribute('aria-describedby')!))).to.equal(
        'Full: no places left in this workshop.',
      );
      expect(apps.disabled).to.equal(false);
      expect(apps.hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
      await check(el, 'Reading apps');
      await check(el, 'Reading aloud at home');
      await fillContact(el);
      const data = await sentData(el);
      // in the event's order, full ones never
      expect(data.sessionIds).to.deep.equal(['read-aloud', 'apps']);
    });
  });

  describe('slots', () => {
    it('offers free times as radios, marks taken ones unavailable with the reason, requires one and sends it', async () => {
      const el = await rsvp(conferences);
      await answer(el, 'Yes');
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="slotId"]')];
      // same day as the event: times only, in the event's time zone
      expect(radios.map((r) => textOf(shadow(el).querySelector(`label[for="${r.id}"]`)))).to.deep.equal([
        '3:00 PM – 3:20 PM',
        '3:20 PM – 3:40 PM',
        '3:40 PM – 4:00 PM',
      ]);
      expect(radios[0]!.disabled).to.equal(true);
      expect(textOf(shadow(el).getElementById(radios[0]!.getAttribute('aria-describedby')!))).to.equal(
        'Taken: this time is no longer available.',
      );
      await fillContact(el);
      submitButton(el)!.click();
      await el.updateComplete;
      expect(fieldErrorText(el, 'slotId')).to.contain('Choose a time.');
      await expect(el).to.be.accessible();
      radios[2]!.click();
      await el.updateComplete;
      const data = await sentData(el);
      expect(data.slotId).to.equal('s1540');
      expect(data.waitlist).to.equal(false);
    });
  });

  it('never sends a slot or workshop the event no longer offers (the page refreshed .event)', async () => {
    const event = { ...conferences, sessions: [{ id: 'w1', title: 'Workshop one', remaining: 3 }] };
    const el = await rsvp(event);
    await answer(el, 'Yes');
    shadow(el).querySelector<HTMLInputElement>('#slot-2')!.click();
    await check(el, 'Workshop one');
    await fillContact(el);
    el.event = {
      ...event,
      slots: event.slots!.map((s) => (s.id === 's1540' ? { ...s, taken: true } : s)),
      sessions: [{ id: 'w1', title: 'Workshop one', remaining: 0 }],
    };
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#slot-2')!.disabled).to.equal(true);
    let sent = false;
    el.addEventListener('family-submit', () => (sent = true));
    submitButton(el)!.click();
    await el.updateComplete;
    expect(fieldErrorText(el, 'slotId')).to.contain('Choose a time.');
    expect(sent).to.equal(false);
    shadow(el).querySelector<HTMLInputElement>('#slot-1')!.click();
    await el.updateComplete;
    const data = await sentData(el);
    expect(data.slotId).to.equal('s1520');
    expect(data.sessionIds).to.deep.equal([]);
  });

  describe('the waitlist', () => {
    it('offers the waitlist when no places remain: a yes joins it, a no does not', async () => {
      const el = await rsvp({ ...plain, remaining: 0 });
      expect(textOf($(el, '.places'))).to.equal('This event is full.');
      expect($(el, '[part="waitlist-notice"]')).to.equal(null);
      await answer(el, 'Yes');
      expect(textOf($(el, '[part="waitlist-notice"]'))).to.contain('Send your reply to join the waitlist.');
      expect(textOf(submitButton(el))).to.equal('Join the waitlist');
      await expect(el).to.be.accessible();
      await answer(el, 'No');
      expect($(el, '[part="waitlist-notice"]')).to.equal(null);
      expect(textOf(submitButton(el))).to.equal('Send my reply');
      await answer(el, 'Maybe');
      await fillContact(el);
      const data = await sentData(el);
      expect(data).to.deep.include({ response: 'maybe', waitlist: true });
    });

    it('is full when every slot is taken: no slot is required and the reply joins the waitlist', async () => {
      const allTaken = { ...conferences, slots: conferences.slots!.map((s) => ({ ...s, taken: true })) };
      const el = await rsvp(allTaken);
      await answer(el, 'Yes');
      expect(textOf(submitButton(el))).to.equal('Join the waitlist');
      await fillContact(el);
      const data = await sentData(el);
      expect(data.waitlist).to.equal(true);
      expect(data).not.to.have.property('slotId');
    });
  });

  it('tells the page about each change with family-change', async () => {
    const el = await rsvp(plain);
    const changed = oneEvent(el, 'family-change');
    await answer(el, 'Maybe');
    const event = (await changed) as CustomEvent<{ value: { response: string } }>;
    expect(event.detail.value.response).to.equal('maybe');
  });

  it('can be answered with the keyboard alone', async () => {
    const el = await rsvp(conferences, 'transportation');
    // Tab into the form: the first stop is the response radio group
    const before = focusJustBefore(el);
    try {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('response-yes');
      // arrow keys move through a radio group and choose as they go
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => shadow(el).querySelector<HTMLInputElement>('#response-no')!.checked, 'ArrowRight chose No');
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => shadow(el).querySelector<HTMLInputElement>('#response-yes')!.checked, 'ArrowLeft chose Yes');
      await el.updateComplete;
      // next stop: the slot group; the taken 3:00 slot is skipped
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('slot-1');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => shadow(el).querySelector<HTMLInputElement>('#slot-2')!.checked, 'ArrowDown chose the next free time');
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('transportation');
      // Firefox over WebDriver BiDi does not activate a control with Space in a
      // background tab (test files run two at a time); there the box is clicked.
      const box = shadow(el).querySelector<HTMLInputElement>('#transportation')!;
      if (document.visibilityState === 'visible' || !navigator.userAgent.includes('Firefox')) {
        await sendKeys({ press: ' ' });
        await waitUntil(() => box.checked, 'Space checked the box');
      } else {
        box.click();
      }
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('name');
      await sendKeys({ type: 'Ana' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('email');
      await sendKeys({ type: 'ana@example.org' });
      const sent = nextSubmitted(el);
      // Enter in a text field submits the form
      await sendKeys({ press: 'Enter' });
      expect(await sent).to.deep.include({
        response: 'yes',
        slotId: 's1540',
        transportation: true,
        name: 'Ana',
      });
    } finally {
      before.remove();
    }
  });
});
