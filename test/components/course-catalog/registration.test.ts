import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/course-catalog/family-course-catalog.js';
import type { FamilyCourseCatalog } from '../../../src/components/course-catalog/family-course-catalog.js';
import type { Course } from '../../../src/components/course-catalog/course.schema.js';
import type { FamilyElement } from '../../../src/core/family-element.js';
import type { Envelope } from '../../../src/core/submit/envelope.schema.js';
import {
  recordEvents,
  scriptedEndpoint,
  statusText,
  submittingElementSuite,
  uniqueId,
  waitForState,
} from '../../core/submit/submitting-element-suite.js';
import { receivedRequests, receiverCounts, receiverUrl, setFaults } from '../../receiver.js';
import { configureOutbox, getOutbox } from '../../../src/core/submit/outbox.js';
import { recordWebmasterNotices } from '../../webmaster-notices.js';

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
const soon = Date.now() + 10 * day;

const courses: Course[] = [
  {
    id: 'cooking-2027',
    title: { en: 'Healthy cooking on a budget', es: 'Cocina saludable y económica' },
    category: 'Parents as Learners',
    languages: ['en', 'es'],
    format: 'in-person',
    location: 'Family Resource Center',
    sessions: [{ start: iso(soon), end: iso(soon + 2 * 3_600_000) }],
    childcare: { en: 'Ages 2 to 10, in the library', es: 'De 2 a 10 años, en la biblioteca' },
    capacity: 12,
    remaining: 4,
  },
  {
    id: 'college-night',
    title: 'Planning for college',
    category: 'Parents as Teachers',
    languages: ['en', 'vi'],
    format: 'online',
    sessions: [{ start: iso(soon + day), end: iso(soon + day + 3_600_000) }],
    capacity: 30,
    remaining: 0,
  },
];

const root = (el: Element) => el.shadowRoot!;

async function openCourse(el: FamilyElement, index = 0): Promise<HTMLDialogElement> {
  const dialog = root(el).querySelector('dialog')!;
  root(el).querySelectorAll<HTMLButtonElement>('.details-button')[index]!.click();
  await waitUntil(() => dialog.open, 'the detail dialog opened');
  await el.updateComplete;
  return dialog;
}

function type(el: Element, selector: string, value: string) {
  const input = root(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fill(el: FamilyElement): Promise<void> {
  await openCourse(el);
  type(el, '#reg-name', 'Amina Yusuf');
  type(el, '#reg-email', 'amina@example.org');
  await el.updateComplete;
}

submittingElementSuite('family-course-catalog', fill, {
  setup: async (el: Element) => {
    (el as FamilyCourseCatalog).courses = courses;
  },
  serverField: { path: 'name' },
});

describe('<family-course-catalog> registration', function () {
  this.timeout(20_000);

  async function mount(endpoint: string) {
    const formId = uniqueId('catalog-reg');
    const el = await fixture<FamilyCourseCatalog>(
      html`<family-course-catalog form-id=${formId} endpoint=${endpoint} no-language-picker .courses=${courses}></family-course-catalog>`,
    );
    return { el, formId };
  }

  it('sends name, contact (phone as E.164), attendees, childcare needs and language to the endpoint', async () => {
    const formId = uniqueId('catalog-reg');
    const el = await fixture<FamilyCourseCatalog>(
      html`<family-course-catalog form-id=${formId} endpoint=${`${receiverUrl}/api/submissions`} no-language-picker .courses=${courses}></family-course-catalog>`,
    );
    await openCourse(el);
    type(el, '#reg-name', 'Rosa Hernández');
    type(el, '#reg-phone', '(555) 201-3344 ext. 12');
    type(el, '#reg-attendees', '2');
    root(el).querySelector<HTMLInputElement>('#reg-childcare')!.click();
    await el.updateComplete;
    type(el, '#reg-ages', '3, 7');
    const language = root(el).querySelector<HTMLSelectElement>('#reg-language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const sent = oneEvent(el, 'family-submitted');
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await sent;
    const envelope = detail.envelope as Envelope;
    expect(envelope.data).to.deep.equal({
      courseId: 'cooking-2027',
      name: 'Rosa Hernández',
      contact: { phone: { number: '+15552013344', extension: '12' } },
      attendees: 2,
      childcare: { needed: true, ages: [3, 7] },
      language: 'es',
      waitlist: false,
    });
    const [request] = await receivedRequests(formId);
    expect(JSON.parse(request!.body).data).to.deep.equal(envelope.data);
    await waitForState(el, 'sent');
    expect(statusText(el)).to.contain('Thank you');
    expect(root(el).querySelector('dialog form')).to.equal(null);
  });

  it('asks for a name and a way to reach the family, in the error summary and at the fields', async () => {
    const { el } = await mount(`${receiverUrl}/api/submissions`);
    const events = recordEvents();
    await openCourse(el);
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // (the registration checks load after the first render: the summary shows once they are there)
    await waitUntil(() => root(el).querySelector('.error-summary'), 'the error summary shown', { timeout: 5000 });
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('This is required.');
    expect(summary.textContent).to.contain('Enter an email address or a phone number.');
    await waitUntil(() => root(el).activeElement === summary, 'the summary took focus');
    expect(root(el).querySelector('[data-field="contact"]')!.textContent).to.contain('Enter an email address or a phone number.');
    expect(root(el).querySelector('#reg-name')!.getAttribute('aria-invalid')).to.equal('true');
    const [invalid] = events.of('family-invalid');
    expect(Object.keys(invalid!.detail['errors'] as object)).to.have.members(['name', 'contact']);
    type(el, '#reg-phone', '12');
    await el.updateComplete;
    expect(root(el).querySelector('[data-field="contact.phone.number"]')!.textContent).to.contain('Enter a phone number');
    events.stop();
    await expect(el).to.be.accessible();
  });

  it('with a default-country it keeps no phone rules for, asks for + and the country code and tells the webmaster once', async () => {
    const notices = recordWebmasterNotices();
    const { warnings, errors } = notices;
    try {
      const formId = uniqueId('catalog-country');
      const el = await fixture<FamilyCourseCatalog>(
        html`<family-course-catalog form-id=${formId} endpoint=${`${receiverUrl}/api/submissions`} default-country="NL" no-language-picker .courses=${courses}></family-course-catalog>`,
      );
      await waitUntil(() => errors.length > 0, 'family-error');
      await openCourse(el);
      type(el, '#reg-name', 'Sanne de Vries');
      // read by US rules this would be sent as a North American number
      type(el, '#reg-phone', '612 345 6789');
      await el.updateComplete;
      const button = root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
      button.click();
      await waitUntil(() => root(el).querySelector('.error-summary'), 'the error summary shown', { timeout: 5000 });
      const asked = 'Write the number with + and the country code in front, for example +39 312 345 6789.';
      expect(root(el).querySelector('.error-summary')!.textContent).to.contain(asked);
      expect(root(el).querySelector('[data-field="contact.phone.number"]')!.textContent).to.contain(asked);
      await expect(el).to.be.accessible();
      type(el, '#reg-phone', '+31 6 1234 5678');
      await el.updateComplete;
      const sent = oneEvent(el, 'family-submitted');
      button.click();
      await sent;
      // one request: the refused number never left the page
      const requests = await receivedRequests(formId);
      expect(requests.map((r) => JSON.parse(r.body).data.contact)).to.deep.equal([{ phone: { number: '+31612345678' } }]);
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['config']);
      expect(errors[0]!.detail.message).to.contain('default-country="NL"');
      expect(warnings.filter((w) => w.includes('default-country="NL"'))).to.have.length(1);
    } finally {
      notices.stop();
    }
  });

  it('offers the waitlist for a full course and sends waitlist: true; "Another language" takes the family\'s words', async () => {
    const key = uniqueId('waitlist');
    const { el } = await mount(scriptedEndpoint(key, 200, { waitlisted: true }));
    const dialog = await openCourse(el, 1);
    expect(dialog.querySelector('#reg-title')!.textContent).to.contain('Join the waitlist');
    expect(dialog.textContent).to.contain('This course is full.');
    const button = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.textContent!.trim()).to.equal('Join the waitlist');
    type(el, '#reg-name', 'Minh Tran');
    type(el, '#reg-email', 'minh@example.org');
    const language = root(el).querySelector<HTMLSelectElement>('#reg-language')!;
    language.value = 'other';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    type(el, '#reg-languageOther', 'Khmer');
    await el.updateComplete;
    const sent = oneEvent(el, 'family-submitted');
    button.click();
    const { detail } = await sent;
    expect((detail.envelope as Envelope).data).to.deep.equal({
      courseId: 'college-night',
      name: 'Minh Tran',
      contact: { email: 'minh@example.org' },
      attendees: 1,
      language: 'other',
      languageOther: 'Khmer',
      waitlist: true,
    });
    await waitForState(el, 'waitlisted');
    expect(statusText(el)).to.contain('You are on the waitlist');
    await expect(el).to.be.accessible();
  });

  it('tells the page about each change to the registration with family-change, as it would be sent', async () => {
    const { el } = await mount(scriptedEndpoint(uniqueId('change'), 200));
    await openCourse(el);
    const changes: CustomEvent[] = [];
    const listener = (e: Event) => changes.push(e as CustomEvent);
    document.addEventListener('family-change', listener);
    try {
      type(el, '#reg-name', 'Rosa Hernández');
      type(el, '#reg-phone', '(555) 201-3344');
      root(el).querySelector<HTMLInputElement>('#reg-childcare')!.click();
      await el.updateComplete;
      type(el, '#reg-ages', '3, 7');
      const language = root(el).querySelector<HTMLSelectElement>('#reg-language')!;
      language.value = 'es';
      language.dispatchEvent(new Event('change'));
      await waitUntil(() => changes.length === 5, 'one family-change per change');
    } finally {
      document.removeEventListener('family-change', listener);
    }
    expect(changes.every((e) => e.target === el && e.bubbles && e.composed)).to.equal(true);
    expect(changes[0]!.detail.value).to.include({ courseId: 'cooking-2027', name: 'Rosa Hernández' });
    expect(changes.at(-1)!.detail.value).to.deep.equal({
      courseId: 'cooking-2027',
      name: 'Rosa Hernández',
      contact: { phone: { number: '+15552013344' } },
      attendees: 1,
      childcare: { needed: true, ages: [3, 7] },
      language: 'es',
      waitlist: false,
    });
  });

  it('keeps focus in the dialog once the form gives way to the thank-you', async () => {
    const key = uniqueId('focus-sent');
    const { el } = await mount(scriptedEndpoint(key, 200));
    await fill(el);
    const register = root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    register.focus();
    register.click();
    await waitForState(el, 'sent');
    expect(root(el).querySelector('dialog form'), 'the form is gone').to.equal(null);
    expect(statusText(el)).to.contain('Thank you');
    // on the registration's heading, just above the thank-you: not lost to the page
    expect(document.activeElement?.localName).to.equal('family-course-catalog');
    expect(root(el).activeElement?.id).to.equal('reg-title');
    expect(root(el).activeElement!.closest('dialog')!.open).to.equal(true);
  });

  it('keeps name and contact for the next course, with a fresh form', async () => {
    const key = uniqueId('second');
    const { el } = await mount(scriptedEndpoint(key, 200));
    await fill(el);
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForState(el, 'sent');
    const dialog = root(el).querySelector('dialog')!;
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await el.updateComplete;
    await openCourse(el, 1);
    expect(el.submission?.state).to.equal('idle');
    expect(root(el).querySelector<HTMLInputElement>('#reg-name')!.value).to.equal('Amina Yusuf');
    expect(root(el).querySelector<HTMLInputElement>('#reg-email')!.value).to.equal('amina@example.org');
    expect(root(el).querySelector('.error-summary')).to.equal(null);
  });

  it('a registration kept on this device (offline) does not stop the family registering for another course', async () => {
    configureOutbox({ dbName: uniqueId('catalog-outbox'), minGapMs: 0 });
    const { el, formId } = await mount(`${receiverUrl}/api/submissions`);
    await setFaults(formId, { down: true });
    await fill(el);
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitForState(el, 'queued');
    expect(statusText(el)).to.contain('Saved on this device');
    // the form is gone: focus waits on the next thing to do
    expect(root(el).activeElement?.getAttribute('part')).to.equal('copy-button');
    root(el).querySelector<HTMLButtonElement>('dialog .close')!.click();
    await el.updateComplete;
    await openCourse(el, 1);
    expect(root(el).querySelector('#reg-name'), 'a form for the second course').to.exist;
    expect(el.submission?.state).to.equal('idle');
    // the first registration still reaches the school once the network is back
    await setFaults(formId, { down: false });
    await getOutbox().process('wake');
    await waitUntil(async () => (await receiverCounts(formId)).count === 1, 'delivered from the outbox', { timeout: 8000 });
    const [request] = await receivedRequests(formId);
    expect(JSON.parse(request!.body).data.courseId).to.equal('cooking-2027');
    await getOutbox().clear();
  });
});
