// Every `--family-*` custom property an element reads is documented for it in
// custom-elements.json (which feeds Storybook's docs tables and editors' hints)
// and in the README's Theming section, and nothing is documented that no style
// reads (CONTRACT.md §5). Node test; needs `npm run build` (or `npx cem analyze`) first.
// Run: node --test test/package/
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName?.startsWith('family-')).map((d) => ({ ...d, path: m.path })),
);

/** The `.ts` files under `dir`, recursively. */
function sources(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** `--family-*` names read in these files: `var(--family-x, …)` in CSS, `getPropertyValue('--family-x')` in script. */
function readIn(files) {
  const names = new Set();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, name] of code.matchAll(/var\(\s*(--family-[\w-]+)/g)) names.add(name);
    for (const [, name] of code.matchAll(/getPropertyValue\(\s*['"](--family-[\w-]+)['"]/g)) names.add(name);
  }
  return names;
}

// What every element reads: the shared tokens and styles, and the theme controller.
const shared = readIn([...sources('src/styles'), ...sources('src/core')]);

test('the shared styles read the tokens this test looks for', () => {
  // a guard on the scan itself: these are in src/styles/tokens.ts and src/core/theme-controller.ts
  for (const name of ['--family-color-primary', '--family-color-focus-dark', '--family-focus-ring', '--family-color-scheme']) {
    assert.ok(shared.has(name), name);
  }
});

test('all five elements are in the manifest', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [
    'family-contact-preferences',
    'family-course-catalog',
    'family-event-rsvp',
    'family-homework-tip',
    'family-survey',
  ]);
});

for (const element of elements) {
  test(`<${element.tagName}> documents exactly the --family-* properties it reads`, () => {
    const reads = new Set([...shared, ...readIn(sources(dirname(element.path)))]);
    const documented = (element.cssProperties ?? []).map((p) => p.name);
    assert.deepEqual([...documented].sort(), [...reads].sort());
    assert.equal(new Set(documented).size, documented.length, 'each one once');
    for (const p of element.cssProperties) assert.ok(p.description?.trim(), `${p.name} has a description`);
  });
}

test("the README's Theming section names every token", () => {
  const readme = readFileSync('README.md', 'utf8');
  const theming = readme.slice(readme.indexOf('\n## Theming'), readme.indexOf('\n## ', readme.indexOf('\n## Theming') + 1));
  const missing = [...shared].filter((name) => !theming.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
});
