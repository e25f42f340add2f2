import { waitUntil } from '../../wait-until.js';
import { focusField, leaveField } from '../../focus-events.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import type { SurveyDefinition } from '../../../src/components/survey/survey.schema.js';

let counter = 0;
/** Tests share one origin's storage: each gets its own form-id. */
export const uniqueFormId = (what: string) => `survey-${what}-${Date.now().toString(36)}-${++counter}`;

export const shadow = (el: Element) => el.shadowRoot!;
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];

/** Mounts `<family-survey>` with a definition and attributes, and waits for the first page. */
export async function mountSurvey(
  definition: SurveyDefinition | Record<string, unknown> | undefined,
  attributes: Record<string, string> = {},
): Promise<FamilySurvey> {
  const el = document.createElement('family-survey');
  el.setAttribute('no-language-picker', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (definition) el.definition = definition;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

export const field = (el: Element, path: string) => $(el, `[data-field="${path}"]`);

/** Clicks a radio or checkbox by its label text inside a field. */
export async function choose(el: FamilySurvey, path: string, label: string): Promise<void> {
  const container = field(el, path);
  if (!container) throw new Error(`no field ${path}`);
  const match = [...container.querySelectorAll('label')].find((l) => textOf(l) === label);
  if (!match) throw new Error(`no choice "${label}" in ${path}: ${[...container.querySelectorAll('label')].map(textOf).join(' | ')}`);
  (match as HTMLLabelElement).control!.click();
  await el.updateComplete;
}

/** Types into the text-like control of a field, as input events, and leaves it (focus events also in a background tab). */
export async function type(el: FamilySurvey, path: string, value: string): Promise<void> {
  const input = field(el, path)?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  if (!input) throw new Error(`no input in ${path}`);
  focusField(input);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  leaveField(input);
  await el.updateComplete;
}

/** Presses the page's submit button (Next or Send). */
export async function pressSubmit(el: FamilySurvey): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

export const pageHeading = (el: Element) => textOf($(el, '.page-heading'));

export async function waitForSurvey(el: FamilySurvey): Promise<void> {
  await waitUntil(() => $(el, 'form') || $(el, '[part="problem"]'), 'survey or problem shown', { timeout: 5000 });
  await el.updateComplete;
}

/** One question of every type, on one page. */
export const allTypes: SurveyDefinition = {
  id: 'all-types',
  title: 'Every type',
  questions: [
    { id: 'single', type: 'single', text: 'Pick one', required: true, other: true, options: [{ value: 'a', label: 'Apple' }, { value: 'b', label: 'Banana' }] },
    { id: 'multi', type: 'multiple', text: 'Pick some', min: 2, max: 2, other: true, options: [{ value: 'x', label: 'Ex' }, { value: 'y', label: 'Why' }, { value: 'z', label: 'Zed' }] },
    { id: 'drop', type: 'dropdown', text: 'Pick from a list', required: true, options: [{ value: 'd1', label: 'First' }, { value: 'd2', label: 'Second' }] },
    {
      id: 'lik',
      type: 'likert',
      text: 'Agree?',
      scale: 'agreement5',
      notSure: true,
      required: true,
      items: [
        { id: 'i1', text: 'School is welcoming', group: 'climate' },
        { id: 'i2', text: 'Teachers listen' },
      ],
    },
    { id: 'rate', type: 'rating', text: 'Rate it', required: true, minLabel: 'Poor', maxLabel: 'Great' },
    { id: 'yn', type: 'yesno', text: 'Coming?', required: true },
    { id: 'txt', type: 'text', text: 'Say something', maxLength: 50 },
    { id: 'long', type: 'text', text: 'Say more', multiline: true },
    { id: 'num', type: 'number', text: 'How many?', min: 0, max: 10 },
    { id: 'mail', type: 'email', text: 'Email', help: 'We only use it to answer you.' },
    { id: 'tel', type: 'phone', text: 'Phone' },
    { id: 'day', type: 'date', text: 'When?', min: '2026-01-01', max: '2026-12-31' },
  ],
};

type SubmitEvent = CustomEvent<{ envelope: { data: unknown }; respondWith(p: Promise<unknown>): void }>;

/**
 * Takes the next `family-submit` as the page would (preventDefault +
 * respondWith), so a test reads exactly the `data` the element would send.
 */
export function captureSubmission<T = Record<string, unknown>>(el: FamilySurvey): { data(): T | undefined; count(): number } {
  const seen: unknown[] = [];
  el.addEventListener('family-submit', (e) => {
    const event = e as SubmitEvent;
    event.preventDefault();
    seen.push(event.detail.envelope.data);
    event.detail.respondWith(Promise.resolve({ ok: true }));
  });
  return { data: () => seen[seen.length - 1] as T | undefined, count: () => seen.length };
}

/** The messages of the error summary. */
export const summaryMessages = (el: Element) =>
  [...(el.shadowRoot!.querySelectorAll('[part="error-summary"] li') ?? [])].map((li) => textOf(li));
