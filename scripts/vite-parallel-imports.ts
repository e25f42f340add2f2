import { posix } from 'node:path';
import { RolldownMagicString, type Plugin } from 'rolldown';

/**
 * Lets the browser fetch every file a module needs at once, not one level at a time.
 *
 * A browser learns what an ES module imports only once it has that module, so each level
 * of static imports costs a round trip: `components/family-survey.js` → its chunk → the
 * runtime; `import('./survey-questions.js')` → the files that one imports. On a family's
 * phone over a slow connection each round trip is hundreds of milliseconds. An application
 * build has Vite's preload helper for this; a library build has none, so this plugin does
 * the same with plain imports (no <link> put into the district's page):
 *
 * - an entry also imports everything it needs indirectly, as Rollup does by default
 *   (`hoistTransitiveImports`). The imports go at its end: the modules still run in the
 *   order they did, only their files are asked for together;
 * - `import('./x.js')` becomes `Promise.all([import('./x.js'), import(<what x.js needs that
 *   this file has not loaded already>)…]).then((m) => m[0])`. If any of them cannot load,
 *   `x.js` could not have loaded either: the element sees the same failure as before.
 */
export function parallelImports(): Plugin {
  return {
    name: 'family-elements:parallel-imports',
    renderChunk(code, chunk, _options, { chunks }) {
      const staticClosure = (fileName: string, seen = new Set<string>()): Set<string> => {
        for (const dep of chunks[fileName]?.imports ?? []) {
          if (!seen.has(dep)) {
            seen.add(dep);
            staticClosure(dep, seen);
          }
        }
        return seen;
      };
      const from = (target: string) => {
        const path = posix.relative(posix.dirname(chunk.fileName), target);
        return path.startsWith('.') ? path : `./${path}`;
      };
      const loaded = staticClosure(chunk.fileName).add(chunk.fileName);
      const s = new RolldownMagicString(code);
      let changed = false;

      for (const match of code.matchAll(/\bimport\((["'`])([^"'`]+)\1\)/g)) {
        const target = posix.join(posix.dirname(chunk.fileName), match[2]!);
        if (!chunks[target]) continue;
        const more = [...staticClosure(target)].filter((dep) => !loaded.has(dep));
        if (!more.length) continue;
        const all = [match[0], ...more.map((dep) => `import(${JSON.stringify(from(dep))})`)];
        s.overwrite(match.index, match.index + match[0].length, `Promise.all([${all.join(',')}]).then((m) => m[0])`);
        changed = true;
      }

      if (chunk.isEntry) {
        const indirect = [...loaded].filter((dep) => dep !== chunk.fileName && !chunk.imports.includes(dep));
        if (indirect.length) {
          s.append(`\n${indirect.map((dep) => `import ${JSON.stringify(from(dep))};`).join('')}\n`);
          changed = true;
        }
      }
      // Rolldown carries the edit into the source map.
      return changed ? s : null;
    },
  };
}
