#!/usr/bin/env node
// Fails when a UI string has no translation in some locale (xliff/<locale>.xlf),
// and prints how many are machine-made and awaiting review.
import { readdirSync, readFileSync } from 'node:fs';

let failed = false;
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf')).sort()) {
  const xliff = readFileSync(`xliff/${file}`, 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const untranslated = units.filter(([, , body]) => !body.includes('<target')).map(([, id]) => id);
  const review = units.filter(([, , body]) => body.includes('needs-review-translation')).length;
  if (untranslated.length) {
    failed = true;
    console.error(`${file}: ${untranslated.length} of ${units.length} strings untranslated: ${untranslated.join(', ')}`);
  } else {
    console.log(`${file}: ${units.length} strings, ${review} awaiting review`);
  }
}
process.exit(failed ? 1 : 0);
