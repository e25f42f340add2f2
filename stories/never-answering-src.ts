/**
 * The "loading" stories need a `src` that never answers, and neither Storybook
 * nor the test server has such a URL. Requests to this one path wait until the
 * element gives up (its own timeout aborts them); every other request goes to
 * the real `fetch`.
 */
export const NEVER_ANSWERING_SRC = '/__family-stories__/never-answers.json';

const marker = Symbol.for('family-elements.stories.never-answering-fetch');
type Marked = typeof fetch & { [marker]?: true };

function install(): void {
  if ((window.fetch as Marked)[marker]) return;
  const realFetch = window.fetch.bind(window);
  const patched: Marked = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== NEVER_ANSWERING_SRC) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  patched[marker] = true;
  window.fetch = patched;
}
install();
