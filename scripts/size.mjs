#!/usr/bin/env node
// Weighs what a family's phone downloads: each entry of the browser build with
// every file it statically imports (shared chunks included, lazily loaded
// locales not), gzip and brotli per file as served. What an entry loads later
// with import() (its zod checks as it connects, the submission pipeline after
// the first render, the homework tip's forms once it can send, the catalog's
// course list and registration as it connects, the RSVP's questions after its first render and
// the view of its event with its checks, the tip's print card as it connects and
// the sections of a tip given as data with its checks, the contact preferences'
// deferred parts as it connects) is weighed too, in its own
// column and table, so nothing is hidden. Writes docs/size.md and fails when an
// entry's up-front weight grows past its ceiling (today's weight, rounded up: a
// regression gate) or past its budget from the issues, printed beside it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { elements } from '../elements.config.mjs';
import { closure, DYNAMIC_IMPORT, resolveFrom } from './dist-graph.mjs';

const DIST = 'dist';
const KB = 1024;
// Budgets from the issues (gzip, including the shared runtime).
const budgets = {
  'family-elements.js': 40 * KB,
  'components/family-survey.js': 25 * KB,
  'components/family-event-rsvp.js': 22 * KB,
  'components/family-contact-preferences.js': 22 * KB,
  'components/family-homework-tip.js': 18 * KB,
  'components/family-course-catalog.js': 25 * KB,
};

if (!existsSync(join(DIST, 'family-elements.js'))) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}

// Regression ceilings (gzip): what each entry weighs today, rounded up. Lower
// them whenever a change makes an entry lighter; raise one only for a deliberate
// feature, saying so in the commit.
const ceilings = {
  'family-elements.js': 37.5 * KB,
  'family-elements-autoloader.js': 12.3 * KB,
  'components/family-survey.js': 21.2 * KB,
  'components/family-event-rsvp.js': 19.9 * KB,
  'components/family-contact-preferences.js': 21.9 * KB,
  'components/family-homework-tip.js': 16.1 * KB,
  'components/family-course-catalog.js': 14.0 * KB,
};

/** Files an entry loads later with import(), beyond what it already has; locales are weighed apart. */
function lazyFiles(staticFiles) {
  const lazy = new Set();
  for (const file of staticFiles) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) {
      const target = resolveFrom(DIST, file, spec);
      if (target.startsWith('locales/')) continue;
      for (const f of closure(DIST, target)) if (!staticFiles.has(f)) lazy.add(f);
    }
  }
  return lazy;
}

const weigh = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const entries = ['family-elements.js', 'family-elements-autoloader.js', ...Object.keys(elements).map((tag) => `components/${tag}.js`)];
const sum = (files) =>
  files.map(weigh).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const rows = entries.map((entry) => {
  const files = closure(DIST, entry);
  const total = sum([...files]);
  const lazy = lazyFiles(files);
  const budget = budgets[entry];
  const ceiling = ceilings[entry];
  return {
    entry,
    files: files.size,
    ...total,
    lazy: sum([...lazy]).gzip,
    budget,
    ceiling,
    over: budget !== undefined && total.gzip > budget,
    regressed: ceiling !== undefined && total.gzip > ceiling,
  };
});
// Every lazily loaded chunk (not a locale) once, with what it holds.
const lazyChunks = new Set(entries.flatMap((entry) => [...lazyFiles(closure(DIST, entry))]));

const locale = weigh('locales/es.js');
const kb = (n) => `${(n / KB).toFixed(1)} kB`;
const table = [
  '| file (with what it statically imports) | files | minified | gzip | brotli | gzip budget (issue) | gzip ceiling (gate) | + gzip loaded with import() |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| \`dist/${r.entry}\` | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget ? `${kb(r.budget)}${r.over ? ' **over**' : ''}` : '—'} | ${r.ceiling ? kb(r.ceiling) : '—'} | ${kb(r.lazy)} |`,
  ),
  `| \`dist/locales/es.js\` (one locale, loaded lazily) | 1 | ${kb(locale.raw)} | ${kb(locale.gzip)} | ${kb(locale.brotli)} | — | — | — |`,
].join('\n');
const lazyTable = [
  '| lazily loaded file | minified | gzip | brotli |',
  '|---|---:|---:|---:|',
  ...[...lazyChunks].sort().map((file) => {
    const w = weigh(file);
    return `| \`dist/${file}\` | ${kb(w.raw)} | ${kb(w.gzip)} | ${kb(w.brotli)} |`;
  }),
].join('\n');

mkdirSync('docs', { recursive: true });
writeFileSync(
  'docs/size.md',
  `# Size\n\nGenerated by \`npm run size\` from the browser build (\`npm run build\`). Each row is what a page\n` +
    `downloads for that script tag: the file and every file it imports statically (shared chunks\n` +
    `included, each compressed on its own as a server sends it). The active locale's strings load\n` +
    `lazily on top; English needs none.\n\n` +
    `**The whole library and every element are within their budgets from the issues.** \`npm test\` fails when an\n` +
    `entry goes over its budget, or grows past its ceiling (today's weight, rounded up), so the weight can only go down.\n\n${table}\n\n` +
    `## Loaded with import()\n\nThe submission pipeline (envelope, request, response table, the outbox and\n` +
    `idb-keyval, and what an attempt shows: the status details, the error summary's focus moves, and the look of\n` +
    `both) is not needed to show or fill a form. Each submitting element loads it with \`import()\` once it\n` +
    `has rendered, so the outbox can retry what is waiting on this device, and it is there before the family\n` +
    `presses Send. One chunk for every element on the page, so one outbox.\n\n` +
    `A homework tip without an \`endpoint\` or a \`.transport\` is a display card: it downloads no form. Its feedback\n` +
    `and question forms (\`tip-feedback\`) and the form machinery the survey, the RSVP and the contact preferences\n` +
    `import statically (\`forms\`: the form and submit controllers, the error summary, the status view and the\n` +
    `form styles) load with \`import()\` once it has one. Like every element, the card still loads the pipeline after its\n` +
    `first render, so the outbox retries what is waiting on this device. Its print card (\`print-card\`) loads with\n` +
    `\`import()\` as it connects, long before the family presses Print (if it cannot load, Print falls back to the\n` +
    `page's own print, which shows the card cleanly too). The glossary, the links and the switch for the card's own\n` +
    `language (\`tip-sections\`) come only in a tip given as data (\`src\`, \`.tip\`, inline JSON), which is shown once\n` +
    `its checks have read it, so they load with the checks; a card written in attributes never downloads them.\n\n` +
    `The course catalog's own file holds what a family sees before the courses can show (its heading, that the\n` +
    `feed is loading, why it could not be) and fetches its \`src\`. The course list (\`course-list\`: the feed's quick\n` +
    `check, search, filters and sort, the cards, the view in the URL hash and the detail dialog, with their look) loads with\n` +
    `\`import()\` as it connects, in parallel with the feed; if it cannot (the device went offline just after the\n` +
    `page loaded), the catalog says so, with a "Reload the page" button. Browsing needs no form either: the\n` +
    `dialog's content and the registration (\`catalog-registration\`) load with \`import()\` as it connects, with\n` +
    `\`forms\`, so they are there before a family opens a course. The tip and the catalog are why \`forms\` is listed below.\n\n` +
    `The RSVP shows nothing of an event before its checks have read it, so the event's view (\`event-view\`: the\n` +
    `details, the reply window's message, "Will you come?", the contact fields and their look) loads with the checks,\n` +
    `with \`import()\` as it connects, in parallel with its \`src\`; the element's own file keeps what it shows without\n` +
    `them (loading, and the problem shown to the webmaster). What a yes or maybe brings\n` +
    `(\`attending-questions\`: the waitlist notice, the time slots, the workshops and the \`ask\` questions with their\n` +
    `checks and their part of the reply, and the names of languages for an interpreter) loads with \`import()\` right after its first render, so\n` +
    `it is there before the family chooses; "Add to calendar" (\`calendar-link\`, with the \`.ics\` builder) loads\n` +
    `once the family chooses yes.\n\n` +
    `The contact preferences' first screen is the whole form as a family first sees it. What it can do without\n` +
    `(\`deferred-parts\`: each language's name in the page's language and the search among them, with \`language-name\`\n` +
    `and its own tables for the languages the browser has no names in; a chosen channel's rank and move buttons,\n` +
    `the text-message consent and the field for another language) loads with \`import()\` as it connects, alongside\n` +
    `its checks, so it is there moments after the first render, before the family chooses. Until then the language\n` +
    `list shows each language by its own name; Save waits for it if the family is quicker than the network.\n\n` +
    `An element's checks (its content file, saved values and the family's answers, with zod itself) load with\n` +
    `\`import()\` as the element connects, in parallel with its \`src\` (the survey's once its question views are\n` +
    `here, so they do not compete with them): one \`*-checks\` chunk per element, and zod shared by all. They are\n` +
    `not free: content is shown only once it has been checked, so a family sees an event, or a tip from \`src\` or\n` +
    `\`.tip\`, after the static files above **and** the checks chunk (with the RSVP's view, or the tip's sections) have arrived (what is gained: the \`src\` fetch\n` +
    `starts sooner and runs alongside); a survey's questions after its question views, and after its checks only\n` +
    `when the hand check declines the definition (anything unusual, an unknown key included). A tip written in\n` +
    `attributes, the contact-preferences form and the catalog's course list render without them (prefilled preferences wait).\n` +
    `The last column above is the weight of all an entry loads with \`import()\` (locales apart).\n\n` +
    `\`dist/family-elements-autoloader.js\` has no budget of its own: it is the shared runtime and a watch on the\n` +
    `page, and it loads each element's file (its row above) with \`import()\` once that element's tag is on the page,\n` +
    `so a page with one element downloads that element's row and the autoloader's own small file; its last column is all five.\n\n${lazyTable}\n`,
);
console.log(`${table}\n\n${lazyTable}`);
const over = rows.filter((r) => r.over);
if (over.length) {
  console.error(
    `\nsize: over the issues' budgets: ${over.map((r) => `${r.entry} ${kb(r.gzip)} > ${kb(r.budget)}`).join(', ')}`,
  );
}
const regressed = rows.filter((r) => r.regressed);
if (regressed.length) {
  console.error(`\nsize: heavier than the ceiling: ${regressed.map((r) => `${r.entry} ${kb(r.gzip)} > ${kb(r.ceiling)}`).join(', ')}`);
}
if (regressed.length || over.length) process.exit(1);
