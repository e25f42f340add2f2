// What the built files in dist/ import from one another, read from their code:
// for the size check (scripts/size.mjs) and the distribution tests.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
export const DYNAMIC_IMPORT = /\bimport\(\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]\s*\)/g;

/** The dist-relative path that `specifier`, written in `file`, names. */
export const resolveFrom = (dist, file, specifier) => relative(dist, join(dirname(join(dist, file)), specifier));

/** The files `file` imports statically (`import … from`, `export … from`, bare `import "…"`). */
export const staticImports = (dist, file) =>
  [...readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)].map((m) => resolveFrom(dist, file, m[1]));

/** `file` and every file it needs statically, directly or not. */
export function closure(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(dist, file)) closure(dist, dep, seen);
  return seen;
}
