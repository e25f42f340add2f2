import { installGlobal } from './family-elements-api.js';

let warned = false;

/**
 * Registers a custom element unless the tag is already taken. A second copy of
 * the library (loaded twice, or another version on the same page) must never
 * throw into the district's page: it logs one warning and leaves the first
 * copy's elements in place. Every element file also installs `window.FamilyElements`.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  installGlobal();
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    if (!warned) {
      warned = true;
      console.warn(
        `family-elements: <${tag}> is already defined by another copy of family-elements on this page; ` +
          'this copy does not redefine it. Load the library once.',
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}
