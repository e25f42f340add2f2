/** The only link schemes a tip may carry (CONTRACT.md §7). */
export const SAFE_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * The absolute URL of a tip's link, or undefined when it must be dropped.
 * The URL parser does the work, so tricks such as `java\tscript:` or leading
 * control characters are read the way the browser itself would read them.
 * Relative links resolve against `base` (the tip's `src`, else the page).
 */
export function safeHref(href: string, base: string = document.baseURI): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.includes(url.protocol) ? url.href : undefined;
}
