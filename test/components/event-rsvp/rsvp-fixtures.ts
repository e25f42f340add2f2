import { fixture, html } from '@open-wc/testing';
import '../../../src/components/event-rsvp/family-event-rsvp.js';
import type { FamilyEventRsvp } from '../../../src/components/event-rsvp/family-event-rsvp.js';
import type { RsvpEventInput, RsvpPayload } from '../../../src/components/event-rsvp/event.schema.js';
import type { Envelope } from '../../../src/core/submit/envelope.schema.js';
import { literacyNight } from './rsvp-events.js';

export type { FamilyEventRsvp };

let n = 0;
/** A unique name per test: test files share one origin's storage. */
export const unique = (what: string) => `${what}-${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 7)}`;

export { conferences, literacyNight } from './rsvp-events.js';

export function shadow(el: FamilyEventRsvp): ShadowRoot {
  return el.shadowRoot!;
}

/** Visible text of a node, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $<T extends Element = HTMLElement>(el: FamilyEventRsvp, selector: string): T | null {
  return shadow(el).querySelector<T>(selector);
}

/** The control labelled `label` (by its `<label for>`), as a family finds it. */
export function control<T extends HTMLElement = HTMLInputElement>(el: FamilyEventRsvp, label: string | RegExp): T | null {
  const root = shadow(el);
  for (const l of root.querySelectorAll('label')) {
    const text = textOf(l).replace(/\s*\*?\s*\(?required\)?$/i, '');
    if (typeof label === 'string' ? text === label || textOf(l) === label : label.test(textOf(l))) {
      const target = l.htmlFor ? root.getElementById(l.htmlFor) : l.querySelector('input, select, textarea');
      if (target) return target as T;
    }
  }
  return null;
}

export async function rsvp(event: RsvpEventInput = literacyNight, ask = '', formId = unique('rsvp')): Promise<FamilyEventRsvp> {
  return fixture<FamilyEventRsvp>(
    html`<family-event-rsvp .event=${event} ask=${ask} form-id=${formId} no-language-picker></family-event-rsvp>`,
  );
}

export async function answer(el: FamilyEventRsvp, response: 'Yes' | 'No' | 'Maybe'): Promise<void> {
  control(el, response)!.click();
  await el.updateComplete;
}

export async function type(el: FamilyEventRsvp, label: string | RegExp, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(el, label);
  if (!input) throw new Error(`no control labelled ${String(label)}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function select(el: FamilyEventRsvp, label: string | RegExp, value: string): Promise<void> {
  const s = control<HTMLSelectElement>(el, label)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function check(el: FamilyEventRsvp, label: string | RegExp): Promise<void> {
  control(el, label)!.click();
  await el.updateComplete;
}

export function submitButton(el: FamilyEventRsvp): HTMLButtonElement | null {
  return $<HTMLButtonElement>(el, 'button[type="submit"]');
}

/** Fills what every reply needs (name, email). */
export async function fillContact(el: FamilyEventRsvp): Promise<void> {
  await type(el, 'Your name', 'Ana Pérez');
  await type(el, 'Email', 'ana@example.org');
}

/**
 * Submits and returns the `data` a listener of `family-submit` receives —
 * exactly what the endpoint would get — taking the submission over
 * (`preventDefault`, synchronously, while the event is dispatched) and
 * reporting success back with `respondWith`.
 */
export function sentData(el: FamilyEventRsvp): Promise<RsvpPayload> {
  return new Promise((resolve) => {
    el.addEventListener(
      'family-submit',
      (e) => {
        const event = e as CustomEvent<{ envelope: Envelope<RsvpPayload>; respondWith(p: Promise<unknown>): void }>;
        event.preventDefault();
        event.detail.respondWith(Promise.resolve({ ok: true }));
        resolve(event.detail.envelope.data);
      },
      { once: true },
    );
    submitButton(el)!.click();
  });
}

/** The field error shown for a field (`data-field` container). */
export function fieldErrorText(el: FamilyEventRsvp, path: string): string {
  const container = $(el, `[data-field="${path}"]`);
  return textOf(container?.querySelector('.error-message, [id$="-error"]'));
}

/** Whether an element takes up space (not display:none, not inside something hidden). */
export function isShown(node: Element | null | undefined): boolean {
  return !!node && (node as HTMLElement).getClientRects().length > 0;
}
