// A district page on another origin than the test (127.0.0.1 instead of localhost, or a
// plain-http name such as school.test) with the built library (dist/), as a district
// pastes it: its own localStorage, IndexedDB and security context, so clearing
// "everything on this device" here cannot disturb test files running at once on the
// test's origin. The test drives it by postMessage (remote-page-client.ts):
// `{ id, op, args }` in, `{ id, ok, value | error }` out; `remote-page-ready` when loaded.
// Only small DOM operations live here; what to click and type is the test's.
import '../../dist/family-elements.js';

interface Element$ extends HTMLElement {
  updateComplete: Promise<unknown>;
  submission: { state: string };
}

const OUTBOX_DATABASE = 'family-elements-outbox';
const mounted: Element$[] = [];
const el = (index: number) => mounted[index]!;
const $ = <T extends Element = HTMLElement>(index: number, selector: string) => {
  const found = el(index).shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`<${el(index).localName}> has no ${selector}`);
  return found;
};
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function until(check: () => boolean, what: string, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Queued entries in the library's outbox database, read without opening (so creating) it. */
async function outboxCount(): Promise<number> {
  const databases = await indexedDB.databases();
  if (!databases.some((d) => d.name === OUTBOX_DATABASE)) return 0;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(OUTBOX_DATABASE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('entries')) return 0;
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('entries').objectStore('entries').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return keys.filter((k) => typeof k === 'string' && k.startsWith('entry:')).length;
  } finally {
    db.close();
  }
}

const ops: Record<string, (...args: never[]) => unknown> = {
  /** Mounts `tag` with `attributes` and content `properties`; returns its index once it rendered. */
  async mount(tag: string, attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}) {
    await customElements.whenDefined(tag);
    const element = document.createElement(tag) as Element$;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    Object.assign(element, properties);
    document.body.append(element);
    mounted.push(element);
    await element.updateComplete;
    return mounted.length - 1;
  },
  async click(index: number, selector: string) {
    $(index, selector).click();
    await el(index).updateComplete;
  },
  /** Types like a person: focus, value, input and change events, blur. */
  async type(index: number, selector: string, value: string) {
    const control = $<HTMLInputElement>(index, selector);
    control.focus();
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    control.blur();
    await el(index).updateComplete;
  },
  /** Waits until `selector` is in its shadow root (and, for a dialog, open). */
  async waitFor(index: number, selector: string) {
    await until(() => {
      const found = el(index).shadowRoot!.querySelector(selector);
      return !!found && (!(found instanceof HTMLDialogElement) || found.open);
    }, `${selector} in <${el(index).localName}>`);
    await el(index).updateComplete;
  },
  value: (index: number, selector: string) => $<HTMLInputElement>(index, selector).value,
  attribute: (index: number, selector: string, name: string) => $(index, selector).getAttribute(name),
  async waitState(index: number, state: string, timeout = 20_000) {
    await until(() => el(index).submission.state === state, `<${el(index).localName}> ${state} (is ${el(index).submission.state})`, timeout);
    await el(index).updateComplete;
  },
  status: (index: number) => text(el(index).shadowRoot!.querySelector('[part~="status"]')),
  /** Removes every element (the page stays). */
  unmount() {
    for (const element of mounted.splice(0)) element.remove();
  },
  /** What the library keeps on this device. */
  async storage() {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('family-elements:'));
    return { keys, outbox: await outboxCount(), locale: window.FamilyElements!.getLocale() };
  },
  clearLocalData: () => window.FamilyElements!.clearLocalData(),
  setLocale: (locale: string) => window.FamilyElements!.setLocale(locale),
  /** The browser says it is back online: the outbox tries what is due. */
  online: () => window.dispatchEvent(new Event('online')),
  /** What a plain-http page lacks. */
  info: () => ({
    href: location.href,
    isSecureContext,
    randomUUID: typeof crypto.randomUUID,
    locks: typeof navigator.locks,
  }),
  /** Reloads the page; the test waits for `remote-page-ready` again. */
  reload() {
    setTimeout(() => location.reload(), 0);
  },
};

window.addEventListener('message', async (e: MessageEvent<{ id: number; op: string; args: never[] }>) => {
  if (e.source !== parent || typeof e.data?.id !== 'number') return;
  const { id, op, args } = e.data;
  try {
    const value = await ops[op]!(...args);
    parent.postMessage({ id, ok: true, value: value ?? null }, '*');
  } catch (error) {
    parent.postMessage({ id, ok: false, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }, '*');
  }
});
window.addEventListener('error', (e) => parent.postMessage({ type: 'remote-page-error', message: e.message }, '*'));
window.addEventListener('unhandledrejection', (e) =>
  parent.postMessage({ type: 'remote-page-error', message: String(e.reason) }, '*'),
);
parent.postMessage({ type: 'remote-page-ready', href: location.href }, '*');
