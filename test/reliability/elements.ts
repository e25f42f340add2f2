/**
 * The five submitting elements as the reliability tests drive them: how to
 * mount one, fill it the way a family does, press its submit button, and read
 * back a text the family typed (to prove the answers stay on screen).
 *
 * The fills mirror each element's own shared-suite fixture (test/components/*)
 * — those live inside test files, which cannot be imported without running
 * their suites again.
 */
import { waitUntil } from '../wait-until.js';
import '../../src/index.js';
import type { FamilyCourseCatalog } from '../../src/components/course-catalog/family-course-catalog.js';
import type { Course } from '../../src/components/course-catalog/course.schema.js';
import type { FamilyEventRsvp } from '../../src/components/event-rsvp/family-event-rsvp.js';
import type { FamilySurvey } from '../../src/components/survey/family-survey.js';
import type { SubmittingElement } from '../../src/core/submit/submitting-element.js';
import { joinedOutbox } from '../core/submit/submitting-element-suite.js';
import { answer, conferences, fillContact } from '../components/event-rsvp/rsvp-fixtures.js';

export interface ElementKind {
  tag: string;
  /** Attributes besides endpoint and form-id. */
  attributes: Record<string, string>;
  /** After the first render, before filling: content properties. */
  setup(el: SubmittingElement): void | Promise<void>;
  /** Fills the form as a family would; the text returned by `typed()` afterwards. */
  fill(el: SubmittingElement): Promise<void>;
  /** The text the family typed, read back from the element's own input. */
  typed(el: SubmittingElement): string;
  /** Presses the submit control. */
  submit(el: SubmittingElement): void;
}

const root = (el: Element) => el.shadowRoot!;
const input = <T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector)!;

/** Types like a person: focus, value, input event, blur. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  control.blur();
}

const pressSubmit = (el: Element) => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

const day = 86_400_000;
const soon = Date.now() + 10 * day;
const iso = (t: number) => new Date(t).toISOString();

export const catalogCourses: Course[] = [
  {
    id: 'cooking-2027',
    title: 'Healthy cooking on a budget',
    category: 'Parents as Learners',
    languages: ['en', 'es'],
    format: 'in-person',
    location: 'Family Resource Center',
    sessions: [{ start: iso(soon), end: iso(soon + 2 * 3_600_000) }],
    capacity: 12,
    remaining: 4,
  },
];

export const surveyDefinition = {
  id: 'reliability-survey',
  questions: [{ id: 'q1', type: 'text', text: 'What would help your family?', required: true }],
};

/** What each element's family types, so tests can find it on screen and at the receiver. */
export const TYPED = 'More evening events, please.';

export const ELEMENTS: ElementKind[] = [
  {
    tag: 'family-survey',
    attributes: { 'no-draft': '' },
    setup: (el) => {
      (el as FamilySurvey).definition = surveyDefinition;
    },
    fill: async (el) => typeInto(input(el, '[data-field="answers.q1"] input'), TYPED),
    typed: (el) => input(el, '[data-field="answers.q1"] input').value,
    submit: pressSubmit,
  },
  {
    tag: 'family-event-rsvp',
    attributes: {},
    setup: (el) => {
      (el as FamilyEventRsvp).event = conferences;
    },
    fill: async (el) => {
      const rsvp = el as FamilyEventRsvp;
      await answer(rsvp, 'Yes');
      input(rsvp, '#slot-1').click();
      await rsvp.updateComplete;
      await fillContact(rsvp);
      await rsvp.updateComplete;
    },
    typed: (el) =>
      [...root(el).querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === 'Ana Pérez')?.value ?? '',
    submit: pressSubmit,
  },
  {
    tag: 'family-contact-preferences',
    attributes: {},
    setup: () => undefined,
    fill: async (el) => {
      input(el, '#channel-email').click();
      await el.updateComplete;
      typeInto(input(el, '#email'), 'family@example.com');
    },
    typed: (el) => input(el, '#email').value,
    submit: pressSubmit,
  },
  {
    tag: 'family-homework-tip',
    attributes: { 'tip-id': 'reliability-tip', subject: 'Math', 'tip-title': 'Count the coins' },
    setup: () => undefined,
    fill: async (el) => {
      input(el, '#helpful-yes').click();
      await el.updateComplete;
      typeInto(input<HTMLTextAreaElement>(el, '#comment'), TYPED);
    },
    typed: (el) => input<HTMLTextAreaElement>(el, '#comment').value,
    submit: pressSubmit,
  },
  {
    tag: 'family-course-catalog',
    attributes: {},
    setup: (el: Element) => {
      (el as FamilyCourseCatalog).courses = catalogCourses;
    },
    fill: async (el) => {
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      root(el).querySelector<HTMLButtonElement>('.details-button')!.click();
      await waitUntil(() => dialog.open, 'the course dialog opened');
      await el.updateComplete;
      typeInto(input(el, '#reg-name'), 'Amina Yusuf');
      typeInto(input(el, '#reg-email'), 'amina@example.org');
    },
    typed: (el) => input(el, '#reg-name').value,
    submit: pressSubmit,
  },
];

/** Mounts and fills one element, joined to the outbox; `attributes` win over the kind's own. */
export async function mountFilled(
  kind: ElementKind,
  attributes: Record<string, string>,
  mounted: Element[],
): Promise<SubmittingElement> {
  const el = document.createElement(kind.tag) as SubmittingElement;
  for (const [name, value] of Object.entries({ ...kind.attributes, ...attributes })) el.setAttribute(name, value);
  el.setAttribute('no-language-picker', '');
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  await kind.setup(el);
  await el.updateComplete;
  await kind.fill(el);
  await el.updateComplete;
  await joinedOutbox();
  return el;
}
