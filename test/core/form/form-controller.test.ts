import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '../../../src/core/i18n/localization.js';
import type { FormInvalidDetail } from '../../../src/core/form/index.js';
import { loadPipeline } from '../../../src/core/submit/load-pipeline.js';
import { focusField, leaveField } from '../../focus-events.js';
import { keys } from '../../keyboard.js';
import './fixture-form.js';
import type { TestFixtureForm } from './fixture-form.js';
import '../../axe.js';

type El = TestFixtureForm;

const $ = <T extends HTMLElement = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const input = (el: El, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: El) => el.shadowRoot!.activeElement;
const summary = (el: El) => $(el, '.error-summary');
const summaryLinks = (el: El) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
/** The message shown at a field, without the visually hidden "Error:". */
const fieldMessage = (el: El, path: string) => {
  const p = el.shadowRoot!.querySelector(`[data-field="${path}"] .error-message`);
  return p ? text(p).replace(/^Error:\s*/, '') : undefined;
};

async function mount(): Promise<El> {
  const el = await fixture<El>(html`<test-fixture-form></test-fixture-form>`);
  await el.updateComplete;
  return el;
}

/** Real key presses into a field (focus first), then the update. */
async function type(el: El, id: string, text: string): Promise<void> {
  focusField(input(el, id));
  await keys({ type: text });
  await el.updateComplete;
}

async function clear(el: El, id: string): Promise<void> {
  const field = input(el, id);
  focusField(field);
  field.select();
  await keys({ press: 'Backspace' });
  await el.updateComplete;
}

/** Leaves the field (blur), as Tab or a click elsewhere would; see test/focus-events.ts for background tabs. */
async function leave(el: El, id: string): Promise<void> {
  leaveField(input(el, id));
  await el.updateComplete;
}

async function submit(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await loadPipeline(); // the summary's links and look come with it; the controller waits for it
  await el.updateComplete;
  await el.updateComplete; // the summary is focused after the update
}

function recordInvalid(): { events: CustomEvent<FormInvalidDetail>[]; stop: () => void } {
  const events: CustomEvent<FormInvalidDetail>[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent<FormInvalidDetail>);
  document.addEventListener('family-invalid', listener);
  return { events, stop: () => document.removeEventListener('family-invalid', listener) };
}

/** The `aria-describedby` ids of a control, each checked to exist in the shadow root. */
function describedBy(el: El, control: Element): string[] {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) expect(el.shadowRoot!.getElementById(id), `#${id} referenced by aria-describedby`).to.exist;
  return ids;
}

describe('form machinery: when errors show (Lion / GOV.UK)', () => {
  it('shows nothing at first, nor after a field is only visited', async () => {
    const el = await mount();
    focusField(input(el, 'name'));
    await leave(el, 'name');
    expect(el.shadowRoot!.querySelectorAll('.error-message')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[aria-invalid]')).to.have.length(0);
    expect(summary(el)).to.equal(null);
    expect(el.form.submitted).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows an error after the field was changed and left, updates it live, and removes it when fixed', async () => {
    const el = await mount();
    await type(el, 'name', 'A');
    await clear(el, 'name');
    // still typing: no error yet
    expect(fieldMessage(el, 'name')).to.equal(undefined);
    expect(input(el, 'name').hasAttribute('aria-invalid')).to.equal(false);

    await leave(el, 'name');
    expect(fieldMessage(el, 'name')).to.equal('This is required.');
    const p = $(el, '[data-field="name"] .error-message')!;
    expect(text(p.querySelector('.visually-hidden'))).to.equal('Error:');
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, input(el, 'name'))).to.deep.equal(['name-hint', p.id]);
    expect($(el, '[data-field="name"]')!.classList.contains('invalid')).to.equal(true);
    // blur alone shows errors at the field; the summary waits for a submit
    expect(summary(el)).to.equal(null);

    await type(el, 'name', 'Al');
    expect(fieldMessage(el, 'name')).to.equal(undefined);
    expect(input(el, 'name').hasAttribute('aria-invalid')).to.equal(false);
    expect(describedBy(el, input(el, 'name'))).to.deep.equal(['name-hint']);

    // once shown, it comes back live while typing (no second blur needed)
    await clear(el, 'name');
    expect(fieldMessage(el, 'name')).to.equal('This is required.');
  });

  it('a nested field (contact.email) follows the same rules, with a format message', async () => {
    const el = await mount();
    await type(el, 'email', 'nope');
    expect(fieldMessage(el, 'contact.email')).to.equal(undefined);
    await leave(el, 'email');
    expect(fieldMessage(el, 'contact.email')).to.equal(
      'Enter an email address in the correct format, like name@example.com.',
    );
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    // the other fields the family has not reached stay quiet
    expect(fieldMessage(el, 'name')).to.equal(undefined);
    await type(el, 'email', '@example.org');
    expect(fieldMessage(el, 'contact.email')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('form machinery: a submit attempt', () => {
  it('shows every error, focuses the summary and dispatches family-invalid (client)', async () => {
    const el = await mount();
    const recorder = recordInvalid();
    try {
      await submit(el);
    } finally {
      recorder.stop();
    }
    expect(el.form.submitted).to.equal(true);
    const box = summary(el)!;
    expect(box).to.exist;
    expect(active(el)).to.equal(box);
    expect(box.getAttribute('tabindex')).to.equal('-1');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.getAttribute('part')).to.contain('error-summary');
    expect(text(box.querySelector('h2'))).to.equal('There is a problem');
    expect(getComputedStyle(box).borderTopWidth, 'its look, from feedback.styles.ts').to.equal('4px');

    const expected = {
      name: 'This is required.',
      'contact.email': 'This is required.',
      meal: 'This is required.',
      days: 'Choose at least one.',
    };
    // one link per error, in the order of the form, in the same words as at the field
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal(Object.values(expected));
    for (const [path, message] of Object.entries(expected)) expect(fieldMessage(el, path)).to.equal(message);
    expect(recorder.events).to.have.length(1);
    const [event] = recorder.events;
    expect(event!.target).to.equal(el);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail).to.deep.equal({ errors: expected, source: 'client' });

    for (const id of ['name', 'email', 'meal-pizza', 'meal-salad', 'day-mon']) {
      expect(input(el, id).getAttribute('aria-invalid'), id).to.equal('true');
    }
    expect(describedBy(el, $(el, '[data-field="days"]')!)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('a summary link moves focus to its field (click), without touching the page URL', async () => {
    const el = await mount();
    const hash = location.hash;
    await submit(el);
    const [nameLink, emailLink, mealLink, daysLink] = summaryLinks(el);
    emailLink!.click();
    expect(active(el)).to.equal(input(el, 'email'));
    // a radio group with nothing chosen: its first radio
    mealLink!.click();
    expect(active(el)).to.equal(input(el, 'meal-pizza'));
    daysLink!.click();
    expect(active(el)).to.equal(input(el, 'day-mon'));
    nameLink!.click();
    expect(active(el)).to.equal(input(el, 'name'));
    expect(location.hash).to.equal(hash);
  });

  it('Enter on a summary link moves focus too; in a group the checked box is focused', async () => {
    const el = await mount();
    await submit(el);
    summaryLinks(el)[0]!.focus();
    await keys({ press: 'Enter' });
    expect(active(el)).to.equal(input(el, 'name'));

    // three days chosen (two at most): the error stays, and the link goes to the checked box
    for (const day of ['tue', 'wed', 'mon']) input(el, `day-${day}`).click();
    await el.updateComplete;
    input(el, 'day-mon').click(); // mon off again: tue + wed
    input(el, 'day-mon').click(); // and on: three
    await el.updateComplete;
    expect(fieldMessage(el, 'days')).to.equal('Choose no more than 2.');
    const daysLink = summaryLinks(el).find((a) => text(a) === 'Choose no more than 2.')!;
    daysLink.focus();
    await keys({ press: 'Enter' });
    expect(active(el)).to.equal(input(el, 'day-mon'));
  });

  it('the summary shrinks as errors are fixed and goes away when all are', async () => {
    const el = await mount();
    await submit(el);
    await type(el, 'name', 'Ana');
    await type(el, 'email', 'ana@example.org');
    input(el, 'meal-salad').click();
    await el.updateComplete;
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal(['Choose at least one.']);
    input(el, 'day-tue').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[aria-invalid]')).to.have.length(0);
    // a valid attempt: true, no event
    const recorder = recordInvalid();
    expect(el.form.attempt()).to.equal(true);
    recorder.stop();
    expect(recorder.events).to.have.length(0);
  });

  it('attempt(paths) validates only those fields (one survey page)', async () => {
    const el = await mount();
    const recorder = recordInvalid();
    let valid: boolean;
    try {
      valid = el.form.attempt(['name']);
      await el.updateComplete;
      await el.updateComplete;
    } finally {
      recorder.stop();
    }
    expect(valid).to.equal(false);
    expect(recorder.events[0]!.detail).to.deep.equal({ errors: { name: 'This is required.' }, source: 'client' });
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal(['This is required.']);
    expect(active(el)).to.equal(summary(el));
    expect(fieldMessage(el, 'contact.email')).to.equal(undefined);
    expect(fieldMessage(el, 'meal')).to.equal(undefined);

    // a path covers the fields under it
    expect(el.form.attempt(['contact'])).to.equal(false);
    await el.updateComplete;
    expect(fieldMessage(el, 'contact.email')).to.equal('This is required.');

    await type(el, 'name', 'Ana');
    await type(el, 'email', 'ana@example.org');
    expect(el.form.attempt(['name', 'contact'])).to.equal(true);
    expect(el.form.attempt()).to.equal(false); // meal and days are still missing
  });

  it('reset() forgets what was touched and shown', async () => {
    const el = await mount();
    await submit(el);
    el.form.reset();
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.error-message')).to.have.length(0);
    expect(el.form.submitted).to.equal(false);
  });
});

describe('form machinery: server errors', () => {
  it('are shown at the fields and in the summary in form order, focused, and sent as family-invalid (server)', async () => {
    const el = await mount();
    await type(el, 'name', 'Ana');
    await type(el, 'email', 'ana@example.org');
    const recorder = recordInvalid();
    const errors = {
      'contact.email': 'This address already signed up.',
      name: 'Please use the name the school has.',
    };
    try {
      el.form.setServerErrors(errors);
      await el.updateComplete;
      await el.updateComplete;
    } finally {
      recorder.stop();
    }
    expect(fieldMessage(el, 'contact.email')).to.equal('This address already signed up.');
    expect(fieldMessage(el, 'name')).to.equal('Please use the name the school has.');
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal([
      'Please use the name the school has.',
      'This address already signed up.',
    ]);
    expect(active(el)).to.equal(summary(el));
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(recorder.events).to.have.length(1);
    expect(recorder.events[0]!.detail).to.deep.equal({ errors, source: 'server' });
    await expect(el).to.be.accessible();

    // changing a field clears the server's word on it, and only on it
    await type(el, 'email', 'x');
    expect(fieldMessage(el, 'contact.email')).to.equal(undefined);
    expect(input(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
    expect(fieldMessage(el, 'name')).to.equal('Please use the name the school has.');
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal(['Please use the name the school has.']);
  });

  it('a server error on a field inside a group is cleared when the group changes, and links to the group', async () => {
    const el = await mount();
    el.form.setServerErrors({ 'days.0': 'Monday is full.' });
    await el.updateComplete;
    await el.updateComplete;
    summaryLinks(el)[0]!.click();
    expect(active(el)).to.equal(input(el, 'day-mon'));
    input(el, 'day-tue').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
  });
});

describe('form machinery: right to left', () => {
  after(() => setLocale('en', { remember: false }));

  it('lays out in Arabic and stays accessible with errors shown', async () => {
    await setLocale('ar', { remember: false });
    const el = await mount();
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('ar');
    await submit(el);
    expect(active(el)).to.equal(summary(el));
    expect(summaryLinks(el)).to.have.length(4);
    // the off-screen honeypot does not widen the page
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });
});
