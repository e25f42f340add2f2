import { conferences } from '../components/event-rsvp/rsvp-fixtures.js';
import { catalogCourses, surveyDefinition } from '../reliability/elements.js';

/**
 * Opens test/security/remote-page.html on another origin in an iframe and
 * calls its operations by postMessage (see remote-page.ts for the list).
 */

export interface RemotePage {
  frame: HTMLIFrameElement;
  origin: string;
  call<T = unknown>(op: string, ...args: unknown[]): Promise<T>;
  /** Reloads the page and waits until it is ready again. */
  reload(): Promise<void>;
  /** Errors that escaped the page. */
  errors: string[];
  close(): void;
}

/** The test server under another name: the same files on another origin. */
export const otherOrigin = (host: string) => `${location.protocol}//${host}:${location.port}`;

let nextId = 0;

export async function openRemotePage(origin: string, query: Record<string, string> = {}, hash = ''): Promise<RemotePage> {
  const frame = document.createElement('iframe');
  const errors: string[] = [];
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let ready: (() => void) | undefined;
  const onMessage = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow) return;
    const data = e.data as { type?: string; id?: number; ok?: boolean; value?: unknown; error?: string; message?: string };
    if (data.type === 'remote-page-ready') ready?.();
    else if (data.type === 'remote-page-error') errors.push(String(data.message));
    else if (typeof data.id === 'number') {
      const pending = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) pending?.resolve(data.value);
      else pending?.reject(new Error(`remote page: ${data.error}`));
    }
  };
  window.addEventListener('message', onMessage);
  const whenReady = (what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the remote page at ${origin} did not ${what}`)), 20_000);
      ready = () => {
        clearTimeout(timer);
        ready = undefined;
        resolve();
      };
    });
  const loaded = whenReady('load');
  frame.src = `${origin}/test/security/remote-page.html?${new URLSearchParams(query)}${hash}`;
  document.body.append(frame);
  await loaded;

  const call = <T>(op: string, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`remote page: ${op} did not answer`));
      }, 15_000);
      waiting.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      frame.contentWindow!.postMessage({ id, op, args }, origin);
    });

  return {
    frame,
    origin,
    call,
    errors,
    async reload() {
      const again = whenReady('load again');
      await call('reload');
      await again;
    },
    close() {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

/** What each element needs to be filled in on a remote page: content, then what a family clicks and types. */
interface Recipe {
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
  steps: ([op: 'click' | 'waitFor', selector: string] | [op: 'type', selector: string, text: string])[];
}

export const TYPED_ON_REMOTE = 'More evening events, please.';

export const RECIPES: Record<string, Recipe> = {
  'family-survey': {
    attributes: { 'no-draft': '' },
    properties: { definition: surveyDefinition },
    steps: [['type', '[data-field="answers.q1"] input', TYPED_ON_REMOTE]],
  },
  'family-event-rsvp': {
    properties: { event: conferences },
    steps: [
      ['click', 'input[type="radio"][value="yes"]'],
      ['click', '#slot-1'],
      ['type', '#name', 'Ana Pérez'],
      ['type', '#email', 'ana@example.org'],
    ],
  },
  'family-contact-preferences': {
    steps: [
      ['click', '#channel-email'],
      ['type', '#email', 'family@example.com'],
    ],
  },
  'family-homework-tip': {
    attributes: { 'tip-id': 'remote-tip', subject: 'Math', 'tip-title': 'Count the coins' },
    steps: [
      ['click', '#helpful-yes'],
      ['type', '#comment', TYPED_ON_REMOTE],
    ],
  },
  'family-course-catalog': {
    properties: { courses: catalogCourses },
    steps: [
      ['click', '.details-button'],
      ['waitFor', 'dialog'],
      ['type', '#reg-name', 'Amina Yusuf'],
      ['type', '#reg-email', 'amina@example.org'],
    ],
  },
};

export const REMOTE_TAGS = Object.keys(RECIPES);

/**
 * Mounts `tag` on the remote page with its recipe's content (`attributes` win; null drops
 * one), fills it in as a family would; returns its index.
 */
export async function mountFilledRemote(page: RemotePage, tag: string, attributes: Record<string, string | null> = {}): Promise<number> {
  const recipe = RECIPES[tag]!;
  const merged = Object.entries({ 'no-language-picker': '', ...recipe.attributes, ...attributes }).filter(([, v]) => v !== null);
  const index = await page.call<number>('mount', tag, Object.fromEntries(merged), recipe.properties ?? {});
  for (const [op, ...args] of recipe.steps) await page.call(op, index, ...args);
  return index;
}

/** Presses the element's (first) submit button. */
export const submitRemote = (page: RemotePage, index: number) => page.call('click', index, 'button[type="submit"]');
