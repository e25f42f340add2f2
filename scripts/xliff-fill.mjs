#!/usr/bin/env node
// Merges translations into xliff/<locale>.xlf for units that have none yet.
// Usage: node scripts/xliff-fill.mjs <locale> <file.json> [--reviewed]
// The JSON maps message ids to target text; placeholders are written as
// {0}, {1} … in the order of the source's <x id="…"/> elements. Unless
// --reviewed is given, targets are marked state="needs-review-translation"
// (machine-made, awaiting a fluent speaker; README lists them).
import { readFileSync, writeFileSync } from 'node:fs';

const [locale, file, flag] = process.argv.slice(2);
if (!locale || !file) {
  console.error('usage: node scripts/xliff-fill.mjs <locale> <file.json> [--reviewed]');
  process.exit(2);
}
const path = `xliff/${locale}.xlf`;
const translations = JSON.parse(readFileSync(file, 'utf8'));
const state = flag === '--reviewed' ? 'translated' : 'needs-review-translation';
let xliff = readFileSync(path, 'utf8');
let filled = 0;
const missing = [];

xliff = xliff.replace(
  /<trans-unit id="([^"]+)">\n  <source>([\s\S]*?)<\/source>\n(  <target[\s\S]*?<\/target>\n)?<\/trans-unit>/g,
  (unit, id, source, target) => {
    if (target) return unit;
    const text = translations[id];
    if (text === undefined) {
      missing.push(id);
      return unit;
    }
    const placeholders = [...source.matchAll(/<x id="[^"]*" equiv-text="[^"]*"\/>/g)].map((m) => m[0]);
    const escaped = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = escaped.replace(/\{(\d+)\}/g, (_, i) => placeholders[Number(i)] ?? `{${i}}`);
    filled++;
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target state="${state}">${body}</target>\n</trans-unit>`;
  },
);
writeFileSync(path, xliff);
console.log(`${path}: ${filled} filled${missing.length ? `, still missing: ${missing.join(', ')}` : ''}`);
