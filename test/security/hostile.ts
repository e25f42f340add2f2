/**
 * The hostile-input corpus and the checks every security test makes: nothing
 * a definition, feed, attribute or family types is ever run, turned into
 * markup or a dangerous link; nothing throws out of an element; nothing
 * reaches Object.prototype. Each payload that could run sets a window flag
 * (`__pwned`), so running at all is caught, not only running visibly.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import { uniqueId } from '../core/submit/submitting-element-suite.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Strings that would run code (or add markup) if any element put them into the page as HTML or a URL. */
export const MARKUP: readonly string[] = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `"><svg onload="window.__pwned = 'svg'">`,
  `'><iframe src="javascript:parent.__pwned = 'iframe'"></iframe>`,
  `<a href="javascript:window.__pwned = 'a'">click</a>`,
  `javascript:window.__pwned = 'url'`,
  `data:text/html,<script>window.__pwned = 'data'</script>`,
  '${window.__pwned = "template"}',
  `{{constructor.constructor('window.__pwned = "mustache"')()}}`,
  '<style>:host { display: none }</style>',
];

/** U+202E RIGHT-TO-LEFT OVERRIDE: "Invoice‮fdp.exe" reads as "Invoiceexe.pdf". */
export const RLO = '\u202E';
export const RTL_SPOOF = `Report${RLO}fdp.exe`;

/** The payload of a "1 MB string" (ASCII, so 1 MB in UTF-8 too). */
export const MEGABYTE = 1024 * 1024;

/**
 * 1 MB strings shaped against the usual regular expressions, so a pattern
 * that backtracks (quadratic or worse) hangs the test rather than a family's tab:
 * one long word, a digit then a run of spaces, and an address with many dots and no end.
 */
export const HUGE: readonly { name: string; value: string }[] = [
  { name: 'one long word', value: 'a'.repeat(MEGABYTE) },
  { name: 'a run of spaces', value: `1${' '.repeat(MEGABYTE)}x` },
  { name: 'dots after an @', value: `a@${'b.'.repeat(MEGABYTE / 2)}@` },
];

/** JSON text of a value nested `depth` arrays deep: `[[[…]]]`. */
export const deepArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** JSON text of objects nested `depth` deep under `key`: `{"key":{"key":…}}`. */
export const deepObject = (depth: number, key = 'a'): string => `{"${key}":`.repeat(depth) + '{}' + '}'.repeat(depth);

/**
 * Keys that pollute Object.prototype when code merges parsed JSON carelessly
 * (`target[key] = value` walking `__proto__`, or `constructor.prototype`). Only
 * JSON.parse makes `__proto__` an own key, so hostile objects come from JSON text.
 */
export const POLLUTION = '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}';

/** Adds the pollution keys to every object in `json` (JSON text in, JSON text out). */
export function withPollution(json: string): string {
  return json.replace(/\{(?=\s*")/g, `{${POLLUTION}, `);
}

/** Every element (with nested shadow roots) under `root`. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** Schemes a link rendered from data may carry (CONTRACT.md §7), plus the element's own calendar blob and in-page links. */
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:', 'blob:'];

/**
 * What in an element's shadow DOM did not come from the element's own
 * templates: script-capable elements (the library renders none), event-handler
 * attributes, and links or sources with a scheme that runs code.
 */
export function injectedMarkup(host: Element): string[] {
  const found: string[] = [];
  if (!host.shadowRoot) return found;
  for (const el of allElements(host.shadowRoot)) {
    const tag = el.localName;
    if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style', 'link', 'base', 'meta', 'frame'].includes(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
    }
    for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      const value = el.getAttribute(attr);
      if (value === null || (attr === 'href' && value.startsWith('#'))) continue;
      let scheme: string;
      try {
        scheme = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // not a URL the browser would follow
      }
      if (!LINK_SCHEMES.includes(scheme)) found.push(`<${tag} ${attr}="${value.slice(0, 80)}">`);
    }
  }
  return found;
}

/** The visible text of an element's shadow DOM, whitespace collapsed. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const standardPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Watches the page while hostile input goes through an element: errors and
 * rejections that escape it, and `check()` asserts the rest (nothing ran, the
 * prototype is clean, no injected markup in `hosts`).
 */
export function watchPage(): { errors: string[]; check(hosts: Element[]): void; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    check(hosts) {
      expect(window.__pwned, 'a payload ran').to.equal(undefined);
      expect(errors, 'errors that escaped the element').to.deep.equal([]);
      expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype keys').to.deep.equal(standardPrototypeKeys);
      expect(({} as Record<string, unknown>)['polluted'], 'a polluted plain object').to.equal(undefined);
      for (const host of hosts) expect(injectedMarkup(host), `markup injected into <${host.localName}>`).to.deep.equal([]);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const hosted: string[] = [];

/** Serves `json` (text) from the test server (test/security/content-host.mjs); returns its URL. */
export async function hostJson(json: string): Promise<string> {
  const key = uniqueId('hostile');
  const res = await fetch(`/__content/${encodeURIComponent(key)}`, { method: 'PUT', body: json });
  if (!res.ok) throw new Error(`the content host refused ${key}: ${res.status}`);
  hosted.push(key);
  return new URL(`/__content/${encodeURIComponent(key)}`, location.href).href;
}

/** Forgets every file `hostJson` served. */
export async function forgetHosted(): Promise<void> {
  await Promise.all(hosted.splice(0).map((key) => fetch(`/__content/${encodeURIComponent(key)}`, { method: 'DELETE' })));
}

/** Waits until an element is neither loading nor blank: its content, or its problem for the webmaster, is on screen. */
export async function settled(el: Element & { updateComplete: Promise<unknown> }, ready: string, timeout = 10_000): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => !/Loading/.test(shadowText(el)) && el.shadowRoot?.querySelector(ready),
    `<${el.localName}> did not show its content or a problem`,
    { timeout, interval: 20 },
  );
  await el.updateComplete;
}
