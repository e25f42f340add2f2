import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/** Roots given a late style as a `<style>` (browsers without adoptable style sheets). */
const withStyleElement = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Gives `root` the styles of a part that loaded after the element (with
 * import()), once (again, if the element adopted its sheets anew). They go
 * after the element's own, so they must style only their own classes, as the
 * element's styles would have from the start.
 */
export function adoptLater(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const given = withStyleElement.get(root) ?? new Set();
  if (given.has(styles)) return;
  withStyleElement.set(root, given.add(styles));
  adoptStyles(root, [styles]); // appends a <style>, keeping the others
}
