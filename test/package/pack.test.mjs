// What `npm pack` would publish (run after `npm run build`): the builds, types,
// the manifest and schemas — and nothing of the tests, demo, stories or server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const paths = new Set(files.map((f) => f.path));

test('ships the browser build, the npm build, types, manifest and schemas', () => {
  for (const path of [
    'dist/family-elements.js',
    'dist/embed.html',
    'dist/embed-resizer.js',
    'dist/embed.config.json',
    'dist/npm/index.js',
    'dist/types/index.d.ts',
    'dist/schemas/envelope.json',
    'custom-elements.json',
    'README.md',
    'package.json',
  ]) {
    assert.ok(paths.has(path), `${path} is in the package`);
  }
  for (const tag of Object.keys(pkg.exports).filter((k) => /^\.\/family-/.test(k))) {
    assert.ok(paths.has(`dist/components/${tag.slice(2)}.js`), `dist/components/${tag.slice(2)}.js`);
  }
});

test('every exports entry points at a packed file', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const t of targets) {
      if (t.includes('*')) continue;
      assert.ok(paths.has(t.replace(/^\.\//, '')), `exports["${key}"] → ${t} is packed`);
    }
  }
});

test('leaves out tests, sources of the demo, stories, the server and tooling', () => {
  const unwanted = [...paths].filter((p) =>
    /^(test|demo|stories|server|bench|scripts|xliff|samples|\.storybook|\.ci|node_modules|src)\//.test(p) ||
    /\.test\.|storybook-static|\.sqlite$/.test(p),
  );
  assert.deepEqual(unwanted, []);
});
