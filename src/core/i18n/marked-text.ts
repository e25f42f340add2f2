import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedText } from './resolve-text.js';

/**
 * Resolved text for a template: in a span with its own `lang`/`dir` when it is
 * in another language than the page's, so screen readers pronounce it right.
 * Apart from resolve-text.ts, which the zod schemas (and so the receiver, in
 * Node) import without Lit.
 */
export function marked(r: ResolvedText): TemplateResult | string {
  return r.lang ? html`<span lang=${r.lang} dir=${r.dir ?? nothing}>${r.text}</span>` : r.text;
}
