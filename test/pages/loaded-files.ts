/**
 * What a page of the built library (dist/, which `npm test` builds first) downloads, for the
 * tests that check what loads up front and what with import().
 */

/** A relative static import or re-export, as scripts/size.mjs follows them. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The URLs of `entry` (a path or URL) and of every file it imports statically: what a page downloads before it runs. */
export async function staticFiles(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (url: string): Promise<void> => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = await (await fetch(url)).text();
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) await visit(new URL(spec!, url).href);
  };
  await visit(new URL(entry, location.href).href);
  return seen;
}

/** The library's files (locales apart) that `win` has loaded so far. */
export function libraryFiles(win: Window = window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const path = new URL(url).pathname;
      return path.startsWith('/dist/') && !path.startsWith('/dist/locales/');
    });
}

/** The paths of the files among `urls` whose code holds any of `markers`. */
export async function holding(urls: Iterable<string>, markers: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const url of urls) {
    const code = await (await fetch(url)).text();
    if (markers.some((marker) => code.includes(marker))) found.push(new URL(url).pathname);
  }
  return found;
}

export type PageWindow = Window & typeof globalThis;

/**
 * Opens one of test/pages/*.html in an iframe, so that no other test's imports are in its
 * module graph, and returns its first `<tag>` once that element has rendered.
 */
export async function openElementPage<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  path: string,
  tag: string,
): Promise<{ win: PageWindow; el: T; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined(tag);
  const el = win.document.querySelector<T>(tag)!;
  await el.updateComplete;
  return { win, el, frame };
}
