import type { LitElement } from 'lit';
import type { SubmitController } from '../src/core/submit/submit-controller.js';

/**
 * What the stories' `play` functions do, with plain DOM calls only (no
 * `storybook/test`), so the same functions run in Storybook and in the
 * every-story axe test (test/stories/stories-axe.test.ts).
 */

/** Waits until `check()` holds, polling with timers (test tabs run in the background: no animation frames). */
export async function waitFor(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The story's element (the first instance of `elementClass` in the canvas),
 * rendered. Taking the class, not the tag, means the stories file really uses
 * the element's module, so no bundler can drop it (and its `define()` call) as
 * an unused side-effect import.
 */
export async function storyElement<T extends LitElement>(canvas: HTMLElement, elementClass: abstract new () => T): Promise<T> {
  const find = () => [...canvas.querySelectorAll('*')].find((node): node is T => node instanceof elementClass);
  await waitFor(() => find() !== undefined, `<${elementClass.name}> in the story`);
  const el = find()!;
  await el.updateComplete;
  return el;
}

function find<T extends Element>(el: LitElement, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector}`);
  return found;
}

/** Clicks a control inside the element (a radio, a checkbox, a button). */
export async function click(el: LitElement, selector: string): Promise<void> {
  find<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

/** Types into a field and leaves it, as a family does. */
export async function typeInto(el: LitElement, selector: string, value: string): Promise<void> {
  const field = find<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

const OUTCOMES = ['family-submitted', 'family-queued', 'family-invalid', 'family-error'] as const;

/**
 * Presses a submit button and waits for the element's answer: sent, kept on
 * this device, refused at the fields (in the browser or by the server) or an
 * error. Returns the event that told.
 */
export async function submit(el: LitElement & { readonly submission?: SubmitController }, selector = 'button[type="submit"]'): Promise<string> {
  const stop = new AbortController();
  const outcome = new Promise<string>((resolve, reject) => {
    for (const type of OUTCOMES) el.addEventListener(type, () => resolve(type), { signal: stop.signal });
    setTimeout(() => reject(new Error(`<${el.localName}> did not answer the submission`)), 8000);
  });
  try {
    find<HTMLButtonElement>(el, selector).click();
    const type = await outcome;
    await waitFor(() => el.submission?.state !== 'sending', 'the submission to finish');
    await el.updateComplete;
    return type;
  } finally {
    stop.abort();
  }
}

/** Waits for a part of the element to appear (e.g. `problem` after a failed `src`). */
export async function partShown(el: LitElement, part: string, timeout = 8000): Promise<void> {
  await waitFor(() => el.shadowRoot?.querySelector(`[part~="${part}"]`) != null, `the "${part}" part`, timeout);
  await el.updateComplete;
}
