/**
 * family-elements, each element loaded when its tag is first on the page
 * (`dist/family-elements-autoloader.js`).
 *
 * `dist/family-elements.js` registers all five elements at once, so every page
 * that carries it downloads all five. A district that puts one script tag in
 * its site's template, for pages with a survey, pages with an event and pages
 * with nothing, can load this file instead: it brings the shared runtime and
 * `window.FamilyElements` at once, and each element's file (the same chunks
 * the other entries use, so any mix on a page still loads one Lit and one
 * locale state) only once that element's tag is in the document — already,
 * or added later. What it costs: an element on the page upgrades one round
 * trip later than with the bundle. Elements inside another element's shadow
 * root are not seen (the page's DOM is watched, not shadow roots): portals
 * that render them there load the per-element files or the bundle.
 */
import { installGlobal } from './core/family-elements-api.js';

const loaders = new Map<string, () => Promise<unknown>>([
  ['family-homework-tip', () => import('./components/homework-tip/family-homework-tip.js')],
  ['family-contact-preferences', () => import('./components/contact-preferences/family-contact-preferences.js')],
  ['family-survey', () => import('./components/survey/family-survey.js')],
  ['family-course-catalog', () => import('./components/course-catalog/family-course-catalog.js')],
  ['family-event-rsvp', () => import('./components/event-rsvp/family-event-rsvp.js')],
]);

function load(tag: string): void {
  const loader = loaders.get(tag);
  if (!loader) return;
  loaders.delete(tag);
  loader().catch((error: unknown) => {
    // Offline before the file arrived: the next time the tag is added, try again.
    loaders.set(tag, loader);
    observe();
    console.warn(`family-elements: could not load <${tag}>:`, error);
  });
  if (!loaders.size) observer.disconnect();
}

/** Loads every element whose tag is `node` or inside it. */
function discover(node: Node): void {
  if (!(node instanceof Element)) return;
  load(node.localName);
  for (const tag of [...loaders.keys()]) if (node.querySelector(tag)) load(tag);
}

const observer = new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(discover);
});

function observe(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

installGlobal();
observe();
discover(document.documentElement);
