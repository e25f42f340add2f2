import type { Envelope } from '../../../src/core/submit/envelope.schema.js';

/** Handles the element's next `family-submit` as a page may (it sends the data itself) and resolves with that data. */
export function nextSubmitted(el: Element): Promise<Record<string, unknown>> {
  return new Promise((resolve) =>
    el.addEventListener(
      'family-submit',
      (e) => {
        e.preventDefault();
        resolve((e as CustomEvent<{ envelope: Envelope<Record<string, unknown>> }>).detail.envelope.data);
      },
      { once: true },
    ),
  );
}
