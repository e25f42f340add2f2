#!/usr/bin/env node
// Fails when a UI string in src/ is missing from the translation files
// (xliff/<locale>.xlf: run `npx lit-localize extract`) or has no translation in
// some locale, and prints how many are machine-made and awaiting review.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const units = (xliff) => [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];

// What the source asks for today: lit-localize's own extraction, into a scratch folder.
const scratch = mkdtempSync(join(tmpdir(), 'family-elements-xliff-'));
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratchConfig = '.lit-localize.check.json';
writeFileSync(scratchConfig, JSON.stringify({ ...config, interchange: { ...config.interchange, xliffDir: scratch } }));
let wanted;
try {
  execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', scratchConfig], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const first = readdirSync(scratch).find((f) => f.endsWith('.xlf'));
  wanted = units(readFileSync(join(scratch, first), 'utf8')).map(([, id]) => id);
} finally {
  rmSync(scratchConfig, { force: true });
  rmSync(scratch, { recursive: true, force: true });
}

let failed = false;
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf')).sort()) {
  const found = units(readFileSync(`xliff/${file}`, 'utf8'));
  const ids = new Set(found.map(([, id]) => id));
  const missing = wanted.filter((id) => !ids.has(id));
  const untranslated = found.filter(([, , body]) => !body.includes('<target')).map(([, id]) => id);
  const review = found.filter(([, , body]) => body.includes('needs-review-translation')).length;
  if (missing.length) {
    failed = true;
    console.error(`${file}: ${missing.length} strings of the source are not in it (run npx lit-localize extract): ${missing.join(', ')}`);
  }
  if (untranslated.length) {
    failed = true;
    console.error(`${file}: ${untranslated.length} of ${found.length} strings untranslated: ${untranslated.join(', ')}`);
  }
  if (!missing.length && !untranslated.length) console.log(`${file}: ${found.length} strings, ${review} awaiting review`);
}
process.exit(failed ? 1 : 0);
