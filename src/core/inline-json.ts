/**
 * Inline JSON configuration: `<family-x><script type="application/json">…</script></family-x>`.
 * Some school CMS editors strip long attributes (and `src` URLs to other hosts), but keep a
 * JSON script block; every element whose data can be large reads its data from one.
 */

/** What names the inline script in a webmaster-facing message (code, so it needs no translation). */
export const INLINE_JSON_PLACE = '<script type="application/json">';

/** The element's own inline JSON child, parsed: `undefined` when there is none. */
export type InlineJson = { ok: true; data: unknown } | { ok: false };

/**
 * Reads the host's direct `<script type="application/json">` child once (call it on the
 * first update: a module script runs after the document, so the child has been parsed).
 */
export function readInlineJson(host: Element): InlineJson | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return { ok: true, data: JSON.parse(script.textContent ?? '') as unknown };
  } catch {
    return { ok: false };
  }
}
