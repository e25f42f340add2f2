import '../../../src/components/contact-preferences/family-contact-preferences.js';
import type { FamilyContactPreferences } from '../../../src/components/contact-preferences/family-contact-preferences.js';
import { uniqueId } from '../../core/submit/submitting-element-suite.js';

/** Mounting and driving <family-contact-preferences> the way a family does, for its test files. */
export type El = FamilyContactPreferences;

export const root = (el: El) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) =>
  root(el).querySelector<T & Element>(selector)!;
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const mounted: Element[] = [];

/** A container in the page, removed by `unmountAll()`. Not open-wc's `fixture()`: it waits for an animation frame, which never comes in a background tab (test files run at once). */
export function container(): HTMLDivElement {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.push(host);
  return host;
}

export function unmountAll(): void {
  for (const host of mounted.splice(0)) host.remove();
}

export async function mount(attributes = '', { picker = false } = {}): Promise<El> {
  const host = container();
  // A fresh element per test, with its own form-id (test files share one origin's storage).
  host.innerHTML = `<family-contact-preferences form-id="${uniqueId('prefs')}" ${picker ? '' : 'no-language-picker'} ${attributes}></family-contact-preferences>`;
  const el = host.firstElementChild as El;
  await el.updateComplete;
  return el;
}

/** Channel names in the order the list shows them. */
export const channelRows = (el: El) =>
  [...root(el).querySelectorAll<HTMLElement>('[data-channel]')].map((li) => li.dataset['channel']);

export async function tick(el: El, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector).click();
  await el.updateComplete;
}

/** Types into a field and leaves it (errors show after a change and a blur). */
export async function type(el: El, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

export async function submit(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

export const fieldText = (el: El, path: string) => text(root(el).querySelector(`[data-field="${path}"]`));
export const activeIn = (el: El) => (root(el) as ShadowRoot).activeElement as HTMLElement | null;
