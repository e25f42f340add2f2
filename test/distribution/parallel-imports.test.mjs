// What the browser is asked for, and when: every file an entry or a lazily loaded part needs
// is named where the browser first looks, so it fetches them together instead of one level
// of imports after another (scripts/vite-parallel-imports.ts).
// Node test; needs the build first (`npm run build`). Run: node --test test/distribution/
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { closure as closureIn, DYNAMIC_IMPORT, resolveFrom, staticImports as importsIn } from '../../scripts/dist-graph.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (file) => readFileSync(join(dist, file), 'utf8');
const resolve = (from, specifier) => resolveFrom(dist, from, specifier);
const staticImports = (file) => importsIn(dist, file);
/** What `file` needs statically, directly or not (without itself). */
const closure = (file) => {
  const all = closureIn(dist, file);
  all.delete(file);
  return all;
};
const entries = [
  ...readdirSync(dist).filter((f) => f.endsWith('.js')),
  ...readdirSync(join(dist, 'components')).map((f) => `components/${f}`),
];
const chunks = [...entries, ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];

describe('the browser fetches what a module needs in one go', () => {
  it('each entry names every file it needs, not only its first level', () => {
    for (const entry of entries) {
      const direct = new Set(staticImports(entry));
      const missing = [...closure(entry)].filter((dep) => !direct.has(dep));
      assert.deepEqual(missing, [], `${entry} leaves these to be found a level later`);
    }
  });

  it('the survey asks for its runtime, forms and chunk at once', () => {
    const direct = staticImports('components/family-survey.js').map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual(direct.sort(), ['chunks/family-survey', 'chunks/forms', 'chunks/reload-notice', 'chunks/runtime']);
  });

  it('each import() asks at once for what the loaded file needs and the importer has not loaded', () => {
    let checked = 0;
    for (const file of chunks) {
      const loaded = closureIn(dist, file);
      const code = read(file);
      for (const m of code.matchAll(DYNAMIC_IMPORT)) {
        const target = resolve(file, m[1]);
        // A lone import(), or the first of a Promise.all([...]) with its companions.
        if (/import\(["'`][^"'`]+["'`]\),$/.test(code.slice(0, m.index))) continue; // a companion
        const opened = code.slice(0, m.index).endsWith('Promise.all([');
        const group = opened ? code.slice(m.index, code.indexOf(']', m.index)) : m[0];
        const together = new Set([...group.matchAll(DYNAMIC_IMPORT)].map((g) => resolve(file, g[1])));
        const needed = [...closure(target)].filter((dep) => !loaded.has(dep));
        assert.deepEqual(needed.filter((dep) => !together.has(dep)), [], `${file}: import of ${target}`);
        checked++;
      }
    }
    assert.ok(checked > 20, `only ${checked} import() calls found: is dist/ built?`);
  });

  it("the survey's question views come with the files they import", () => {
    const survey = chunks.find((f) => /^chunks\/family-survey-/.test(f));
    const call = /Promise\.all\(\[import\(`\.\/survey-questions-[^\]]*\]\)/.exec(read(survey));
    assert.ok(call, 'the question views are not loaded with their companions');
    for (const part of ['choice-limits', 'directive-helpers', 'adopt-later']) assert.match(call[0], new RegExp(part));
  });
});
