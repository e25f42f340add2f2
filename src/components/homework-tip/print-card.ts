/** Elements never copied into the print frame: they would run, load or show nothing useful on paper. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'DIALOG']);

/** What stays off paper: parts marked `no-print` (buttons, forms, the content switch) and the language picker. */
export const NO_PRINT = '.no-print, .language-picker';

/**
 * Copies what the card shows into `doc`: each `<slot>` is replaced by the
 * nodes it displays (slotted light DOM would otherwise be lost), parts that
 * stay off paper (NO_PRINT) are left out, and Lit's comment markers are dropped.
 */
export function cloneRendered(source: Node, doc: Document): Node | null {
  if (source.nodeType === Node.TEXT_NODE) return doc.importNode(source, false);
  if (source.nodeType !== Node.ELEMENT_NODE) return null;
  const element = source as Element;
  if (SKIPPED.has(element.tagName) || element.matches(NO_PRINT) || element.hasAttribute('hidden')) {
    return null;
  }
  if (element.tagName === 'SLOT') {
    const slot = element as HTMLSlotElement;
    const shown = slot.assignedNodes({ flatten: true });
    const fragment = doc.createDocumentFragment();
    for (const node of shown.length ? shown : [...slot.childNodes]) {
      const copy = cloneRendered(node, doc);
      if (copy) fragment.append(copy);
    }
    return fragment;
  }
  const copy = doc.importNode(element, false);
  for (const child of element.childNodes) {
    const childCopy = cloneRendered(child, doc);
    if (childCopy) copy.append(childCopy);
  }
  return copy;
}

/**
 * Extra CSS for the print frame's page: the card fills one clean sheet. The
 * frame exists only to be printed, so paper rules apply without a media query.
 */
const PAGE_CSS = `
  @page { margin: 15mm; }
  html, body { margin: 0; background: #fff; color: #000; }
  .root { border: 0; padding: 0; color: #000; background: #fff; }
  a { color: #000; }
  a[href]::after { content: ' (' attr(href) ')'; overflow-wrap: anywhere; }
`;

/** The text of every rule of a stylesheet (constructed sheets cannot be shared across documents). */
function sheetText(sheet: CSSStyleSheet): string {
  return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
}

export interface PrintFrameOptions {
  /** The element the card lives in; the frame is appended to its shadow root. */
  host: HTMLElement & { shadowRoot: ShadowRoot };
  /** The card's root box, cloned as it is rendered now. */
  content: Element;
  /** Becomes the document title, which browsers print in the page header. */
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Builds a hidden, same-origin `about:blank` iframe holding a clone of the
 * card and the card's styles as constructed stylesheets. `srcdoc` and
 * `document.write` are Trusted Types sinks and an inline `<style>` is blocked
 * by a strict CSP; cloned nodes and adopted sheets are allowed under both.
 */
export function buildPrintFrame(options: PrintFrameOptions): HTMLIFrameElement {
  const { host, content } = options;
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  host.shadowRoot.append(frame);

  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error('family-elements: the print frame has no document');

  doc.documentElement.lang = options.lang;
  doc.documentElement.dir = options.dir;
  doc.title = options.title;
  const texts = [...host.shadowRoot.adoptedStyleSheets.map(sheetText), PAGE_CSS];
  doc.adoptedStyleSheets = texts.map((text) => {
    // A sheet must be constructed by the document that adopts it.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  // The page's font (the card inherits it on screen); CSSOM writes are allowed by a strict CSP.
  doc.body.style.setProperty('font-family', getComputedStyle(host).fontFamily);
  const clone = cloneRendered(content, doc);
  if (clone) doc.body.append(clone);
  return frame;
}
