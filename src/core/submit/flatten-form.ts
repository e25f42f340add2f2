// Its own module: the status view ("Copy my answers") needs it at first render,
// while the rest of request.ts loads lazily with the submission pipeline.

/**
 * The envelope as dotted form fields: `data.answers.q1=…`, arrays as repeated
 * `key[]`, objects inside arrays keep their dots after `[]`. Null and
 * undefined are left out; booleans and numbers become their JSON text.
 */
export function flattenForm(value: unknown, prefix = ''): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const walk = (v: unknown, key: string): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, `${key}[]`);
    } else if (typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) walk(child, key ? `${key}.${k}` : k);
    } else {
      pairs.push([key, String(v)]);
    }
  };
  walk(value, prefix);
  return pairs;
}
