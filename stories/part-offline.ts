import { nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';

/**
 * The state an element shows when a part it loads with `import()` as it
 * connects could not load (the device went offline just after the page
 * loaded): the reload notice (src/core/reload-notice.ts). Storybook cannot take
 * one file away from the page, so for a story's `offlinePart` arg the element
 * gets, before it connects, a loader for that part (the `LazyModule` field of
 * that name) that fails the way an `import()` does offline; the element then
 * behaves as it would. The real failure is tested with test/pages/*-offline.html.
 */
export function partOffline(part: string | undefined) {
  if (!part) return nothing;
  // A callback ref runs as Lit fills the story's template, before the element is in the page.
  return ref((el) => {
    if (!el) return;
    const lazy = (el as unknown as Record<string, unknown>)[part];
    if (typeof lazy !== 'object' || lazy === null || !('load' in lazy)) {
      throw new Error(`<${el.localName}> has no part "${part}" loaded with import()`);
    }
    (lazy as { load: () => Promise<never> }).load = () =>
      Promise.reject(new TypeError(`the story took "${part}" offline (an import() that could not fetch its file)`));
  });
}
