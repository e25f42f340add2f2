#!/usr/bin/env node
// npm run bench: timings in headless Chromium (Debian's, via puppeteer-core),
// several runs after a warm-up, medians and spread, written to docs/benchmarks.md.
// Needs `npm run build` first. Timings are noisy: this is a measurement, not a test.
// `npm run bench -- --only catalog` (or survey, all-elements; comma-separated) runs
// those parts alone and replaces only their sections of docs/benchmarks.md.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { familySurveyDefinition, surveyJsDefinition } from '../bench/survey-60.mjs';
import { generateCourses } from '../bench/courses.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTS = ['survey', 'catalog', 'all-elements'];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : PARTS;
const unknownParts = only.filter((p) => !PARTS.includes(p));
if (!only.length || unknownParts.length) {
  console.error(`bench: --only takes ${PARTS.join(', ')} (comma-separated); got ${unknownParts.join(', ') || 'nothing'}`);
  process.exit(2);
}
const partial = only.length < PARTS.length;
const ROOT = process.cwd();
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

// Served gzipped, as any web server would: it matters on the slow connection below, where
// SurveyJS's 2 MB of script and CSS would otherwise cross the wire uncompressed.
const gzipped = new Map();
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(await readFile(join(ROOT, path))));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip' });
    res.end(gzipped.get(path));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--enable-precise-memory-info'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const ms = (x) => `${x.toFixed(1)} ms`;

// Chrome DevTools' "Slow 4G" preset: a family's phone on a weak connection.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };

/** Opens `path` in a fresh page with `globals` set before any script runs; returns window.__result. */
async function run(path, globals = {}, { throttle = 1, network } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.evaluateOnNewDocument((g) => Object.assign(window, g), globals);
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.__result !== undefined, { timeout: 60000 });
  const result = await page.evaluate(() => window.__result);
  // A page that measured something other than what it claims is a broken benchmark, not a number.
  if (result.missing?.length) throw new Error(`${path}: never rendered: ${result.missing.join(', ')}`);
  if (result.questions !== undefined && result.questions !== 60) throw new Error(`${path}: ${result.questions} questions, not 60`);
  const metrics = await page.metrics();
  await context.close();
  return { ...result, heapMB: metrics.JSHeapUsedSize / 1024 / 1024 };
}

const sections = [];

/** A floor row: our median and range, and its share of SurveyJS's median for the same measure. */
const floorRow = (name, x, sj) => `| ${name} | ${ms(median(x))} (${spread(x)}) | ${(median(x) / median(sj)).toFixed(2)} |`;

/** The survey's shadow DOM and style sheets once the benchmark survey has rendered, for the floor. */
async function surveyDom(globals) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument((g) => Object.assign(window, g), globals);
  await page.goto(`${origin}/bench/family-survey.html`);
  await page.waitForFunction(() => window.__result !== undefined, { timeout: 60000 });
  const dom = await page.evaluate(() => {
    const root = document.querySelector('family-survey').shadowRoot;
    return { html: root.innerHTML, css: root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')) };
  });
  await context.close();
  return dom;
}

// 1. The 60-question survey, ours and SurveyJS's, alternating in one browser.
if (only.includes('survey')) {
  const ours = { __definition: familySurveyDefinition() };
  const theirs = { __definition: surveyJsDefinition() };
  await run('/bench/family-survey.html', ours);
  await run('/bench/surveyjs.html', theirs); // warm-up
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await run('/bench/family-survey.html', ours));
    b.push(await run('/bench/surveyjs.html', theirs));
  }
  const slow = { network: SLOW_4G };
  await run('/bench/family-survey.html', ours, slow);
  await run('/bench/surveyjs.html', theirs, slow); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const [x, y] = [await run('/bench/family-survey.html', ours, slow), await run('/bench/surveyjs.html', theirs, slow)];
    a[i].slowLoadToRendered = x.loadToRendered;
    b[i].slowLoadToRendered = y.loadToRendered;
  }
  // The floor: the survey's finished DOM, copied into a fresh page without any script of ours.
  const dom = await surveyDom(ours);
  await run('/bench/survey-dom.html', { __dom: dom }); // warm-up
  const floor = [];
  for (let i = 0; i < RUNS; i++) floor.push(await run('/bench/survey-dom.html', { __dom: dom }));
  const row = (name, key) => {
    const x = a.map((r) => r[key]);
    const y = b.map((r) => r[key]);
    return `| ${name} | ${ms(median(x))} (${spread(x)}) | ${ms(median(y))} (${spread(y)}) | ${(median(x) / median(y)).toFixed(2)} |`;
  };
  sections.push(
    `## A 60-question survey (ten question kinds)\n\n` +
      `Same questions, alternating runs, ${RUNS} each after a warm-up. Target: ours at most one fifth (ratio ≤ 0.20).\n` +
      `The survey loads its question views with \`import()\` as it connects, so its render includes fetching them,\n` +
      `while SurveyJS's code has all loaded before its render starts; load to rendered counts both sides' loading.\n` +
      `"Render again" renders the same survey again on the page, 25 times with a 50 ms pause after each\n` +
      `(bench/render-again.js): no loading, and the browser's first-time work done (the first date input alone\n` +
      `sets up the browser's date fields, about 100 ms here in a fresh page). Its first row is the median of the\n` +
      `first five, while V8 is still optimizing; "warmed up" is the median of the last five, the steady state\n` +
      `that framework benchmarks measure after their warm-up. The last row emulates Chrome's "Slow 4G" (150 ms\n` +
      `round trip, 1.6 Mbit/s down), files served gzipped.\n\n` +
      `| measure | family-survey median (range) | SurveyJS median (range) | ratio |\n|---|---:|---:|---:|\n` +
      `${row('render (definition → 60 questions laid out)', 'render')}\n` +
      `${row('render again on the same page (renders 1–5)', 'again')}\n` +
      `${row('render again, warmed up (renders 21–25 on the page)', 'warm')}\n` +
      `${row('load to rendered (navigation start → laid out)', 'loadToRendered')}\n` +
      `${row('load to rendered on a slow connection', 'slowLoadToRendered')}\n\n` +
      `The floor under these rows (bench/survey-dom.js): the DOM that family-survey rendered, copied into a\n` +
      `fresh page with no script of ours and laid out (its HTML parsed before the clock starts); and a blank\n` +
      `page's navigation until its first script. Whatever code builds this DOM, it cannot be on screen sooner\n` +
      `on this machine: the room left under a ratio target is the target minus the floor's share.\n\n` +
      `| floor | median (range) | share of SurveyJS's median |\n|---|---:|---:|\n` +
      `${floorRow('the same DOM, cloned and laid out (render floor)', floor.map((r) => r.render), b.map((r) => r.render))}\n` +
      `${floorRow('navigation to a first script, plus the render floor (load to rendered floor)', floor.map((r) => r.pageReady + r.render), b.map((r) => r.loadToRendered))}\n`,
  );
}

// 2. The catalog with 5,000 courses: the feed arriving as a `src` does (a while after the element
// connects), and `.courses` set at once.
if (only.includes('catalog')) {
  const courses = generateCourses(5000);
  const feedMB = (JSON.stringify(courses).length / 1e6).toFixed(1);
  const FEED_DELAY = 200;
  const variants = [{ __courses: courses, __feedDelay: FEED_DELAY }, { __courses: courses, __feedDelay: 0 }];
  for (const globals of variants) await run('/bench/catalog.html', globals);
  const r = variants.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [k, globals] of variants.entries()) r[k].push(await run('/bench/catalog.html', globals));
  const [first, firstAtOnce] = r.map((runs) => runs.map((x) => x.firstRender));
  const key = r[0].flatMap((x) => x.keystrokes);
  sections.push(
    `## The course catalog with 5,000 courses\n\n| measure | median | range | target |\n|---|---:|---:|---:|\n` +
      `| first render, the feed arriving ${FEED_DELAY} ms after the catalog connects | ${ms(median(first))} | ${spread(first)} | 150 ms |\n` +
      `| first render, \`.courses\` set as the catalog connects | ${ms(median(firstAtOnce))} | ${spread(firstAtOnce)} | — |\n` +
      `| one search keystroke (filter + render) | ${ms(median(key))} | ${spread(key)} | 16 ms |\n\n` +
      `First render is timed from setting \`.courses\` to the first cards laid out. A catalog's feed normally comes\n` +
      `from \`src\` (this one is ${feedMB} MB of JSON), so it arrives well after the element has connected; meanwhile the\n` +
      `element loads its lazily loaded chunks and prepares the page's first date format (tens of milliseconds the first\n` +
      `time \`Intl\` formats dates). The first row lets ${FEED_DELAY} ms pass, far less than such a download takes; the second\n` +
      `sets \`.courses\` at once, as a page that already holds the data could, and pays those costs in its first render.\n`,
  );
}

// 3. A page with all five elements, then under 4× CPU throttling.
if (only.includes('all-elements')) {
  const rows = [];
  for (const throttle of [1, 4]) {
    await run('/bench/all-elements.html', {}, { throttle });
    const r = [];
    for (let i = 0; i < RUNS; i++) r.push(await run('/bench/all-elements.html', {}, { throttle }));
    const tbt = r.map((x) => x.totalBlockingTime);
    const ready = r.map((x) => x.loadToRendered);
    const heap = r.map((x) => x.heapMB);
    rows.push(`| ${throttle}× | ${ms(median(ready))} (${spread(ready)}) | ${ms(median(tbt))} (${spread(tbt)}) | ${median(heap).toFixed(1)} MB |`);
  }
  sections.push(
    `## A page with all five elements\n\n| CPU | load to all rendered | total blocking time | JS heap after load |\n|---|---:|---:|---:|\n${rows.join('\n')}\n`,
  );
}

const version = await browser.version();
await browser.close();
server.close();

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Debian Chromium (headless) ${version}`;
let doc;
if (partial) {
  // Each section re-run alone says when and where; the others stay as the last full run wrote them.
  const note = `_Re-run alone (\`npm run bench -- --only ${only.join(',')}\`) on ${date}: ${machine}, ${RUNS} runs._\n`;
  const heading = (section) => section.slice(0, section.indexOf('\n'));
  const previous = await readFile('docs/benchmarks.md', 'utf8').catch(() => '# Benchmarks\n\n');
  const parts = previous.split(/\n(?=## )/);
  for (const section of sections) {
    const fresh = `${section.replace(/\n$/, '')}\n\n${note}`;
    const at = parts.findIndex((p) => heading(p) === heading(section));
    if (at >= 0) parts[at] = fresh;
    else parts.push(fresh);
  }
  doc = parts.join('\n');
} else {
  doc = `# Benchmarks\n\nGenerated by \`npm run bench\` on ${date}: ${machine}. Medians of ${RUNS} runs after a warm-up; ranges in brackets. Timings vary from machine to machine; compare the columns of one run.\n\n${sections.join('\n')}`;
}
await writeFile('docs/benchmarks.md', doc);
console.log(partial ? sections.join('\n') : doc);
