/**
 * Finding fields by their dotted path. Ids do not cross shadow roots, so
 * every field's container carries `data-field="<path>"` and the error
 * summary works from that.
 */

/** `answers.q2.q2a` → `answers.q2.q2a`, `answers.q2`, `answers`. */
function pathAndParents(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/**
 * The container of the field `path` (`[data-field]`), or of the nearest group
 * it belongs to (an error on `phone.extension` is shown with `phone`).
 */
export function fieldContainer(root: ParentNode, path: string): HTMLElement | null {
  for (const candidate of pathAndParents(path)) {
    const found = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
    if (found) return found;
  }
  return null;
}

/**
 * The same errors in the order their fields appear in `root`, so the summary
 * reads like the form even when server errors arrive in another order.
 * Paths with no field on screen keep their order, after the others.
 */
export function orderByFields<T>(errors: Record<string, T>, root: ParentNode | null): Record<string, T> {
  if (!root) return errors;
  const fields = [...root.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset['field'] ?? '');
  if (fields.length === 0) return errors;
  const position = (path: string) => {
    for (const candidate of pathAndParents(path)) {
      const index = fields.indexOf(candidate);
      if (index >= 0) return index;
    }
    return Number.POSITIVE_INFINITY;
  };
  // Array.prototype.sort is stable, so equal positions keep their order.
  const sorted = Object.entries(errors)
    .map(([path, value], index) => ({ path, value, index, at: position(path) }))
    .sort((a, b) => (a.at === b.at ? a.index - b.index : a.at < b.at ? -1 : 1));
  return Object.fromEntries(sorted.map(({ path, value }) => [path, value]));
}
