import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { receiverPlugin } from './test/receiver-plugin.mjs';
import { scriptedResponder } from './test/core/submit/responder.mjs';
import { jsonModules } from './test/stories/json-modules.mjs';
import { keyboardPlugin } from './test/keyboard-plugin.mjs';
import { forcedColorsPlugin } from './test/forced-colors-plugin.mjs';
import { contentHost } from './test/security/content-host.mjs';

// Debian's browsers, driven by puppeteer-core (nothing downloads a browser).
// BROWSERS=chromium (or firefox) keeps a fast local loop.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  // test files run concurrently in background tabs: keep their timers at full speed
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // a plain-http district site: school.test is this machine, but not a secure context (test/reliability/plain-http.test.ts)
  '--host-resolver-rules=MAP school.test 127.0.0.1',
];

const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        // as for Chromium above: background tabs keep their timers at full speed
        // (Firefox otherwise delays them by a second or more; the stories' axe matrix stalled)
        extraPrefsFirefox: {
          'dom.min_background_timeout_value': 0,
          'dom.min_background_timeout_value_without_budget_throttling': 0,
          'dom.timeout.enable_budget_timer_throttling': false,
          // as --host-resolver-rules for Chromium above: school.test is this machine, over plain http
          'network.dns.localDomains': 'school.test',
        },
      },
    }),
};

// test/pages/* are served with the strict CSP every district page may use
// (CONTRACT.md §7); /copy2/… serves the same files again as an independent
// second copy of the library.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

function testPages(context, next) {
  if (context.path.startsWith('/copy2/')) context.url = context.url.slice('/copy2'.length);
  if (context.path.startsWith('/test/pages/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
  return next();
}

// --- Distribution tests (test/distribution/): CSP variants and a second copy of another version.

/**
 * Query switches on test/pages/*.html that tighten or extend the strict CSP:
 *   ?receiver=<url>  adds `connect-src 'self' <its origin>` (loopback origins only), so the
 *                    page may post to the reference receiver and nowhere else;
 *   ?tt=named        names the Trusted Types policies: `trusted-types lit-html 'allow-duplicates'`
 *                    (the CSP the README gives for pages that list their policies);
 *   ?tt=named-strict `trusted-types lit-html` without 'allow-duplicates' (documents what two copies do).
 */
function cspVariants(context, next) {
  if (!(context.path.startsWith('/test/pages/') && context.path.endsWith('.html'))) return next();
  let csp = STRICT_CSP;
  const receiver = context.query.receiver;
  if (typeof receiver === 'string') {
    const origin = new URL(receiver).origin;
    if (!/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(origin)) throw new Error(`cspVariants: not a local receiver: ${origin}`);
    csp += `; connect-src 'self' ${origin}`;
  }
  if (context.query.tt === 'named') csp += "; trusted-types lit-html 'allow-duplicates'";
  if (context.query.tt === 'named-strict') csp += '; trusted-types lit-html';
  context.set('Content-Security-Policy', csp);
  return next();
}

const packageVersion = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
/** The version the /copy2/ copy claims to be: two different versions on one page. */
const COPY2_VERSION = `${packageVersion}-copy2`;

/**
 * /copy2/dist/**.js is the built library with another version string: the build inlines
 * `version` as a template literal (`0.1.0`) in one shared chunk; every other byte is the same.
 */
/**
 * `/offline/<key>/dist/…` serves `dist/…` (a module graph of its own, as `/copy2/` does), except the
 * survey's question views and the catalog's course list (`chunks/survey-questions-*.js`,
 * `chunks/course-list-*.js`), which get no answer (the connection is closed), as if the device went
 * offline just after the page loaded, until `GET /__offline/<key>/online`
 * (test/components/survey/views-offline.test.ts, test/components/course-catalog/views-offline.test.ts).
 */
const backOnline = new Set();
function offlineViews(context, next) {
  const match = /^\/(__)?offline\/([\w-]+)\/(.*)$/.exec(context.path);
  if (!match) return next();
  const [, control, key, rest] = match;
  if (control) {
    backOnline.add(key);
    context.body = 'online';
    return undefined;
  }
  if (/^dist\/chunks\/(survey-questions|course-list|event-view|tip-checks)-/.test(rest) && !backOnline.has(key)) {
    // no answer at all, as when offline (a 503 would be cached: web-test-runner caches every file path for a year)
    context.respond = false;
    context.req.socket.destroy();
    return undefined;
  }
  context.url = context.url.slice(`/offline/${key}`.length);
  return next();
}

async function copy2Version(context, next) {
  if (!(context.path.startsWith('/copy2/dist/') && context.path.endsWith('.js'))) return next();
  const file = fileURLToPath(new URL(`.${context.path.slice('/copy2'.length)}`, import.meta.url));
  let code;
  try {
    code = await readFile(file, 'utf8');
  } catch {
    return next();
  }
  context.type = 'application/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = code.replaceAll(`\`${packageVersion}\``, `\`${COPY2_VERSION}\``);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One file at a time per browser (both browsers at once): the test's tab is then
  // the front one, where browsers run rendering steps (rAF, ResizeObserver), fire
  // focus and blur and act on keys. Measured: the whole suite in 9.5 min on the
  // 2-core machine, no slower than two at a time there, and without the
  // background-tab failures two at a time kept producing under load.
  concurrency: 1,
  // A loaded 2-core CI machine starts a browser page slowly, and the stories'
  // axe matrix is one long file: generous limits for starting and finishing a
  // file (each test keeps its own 10 s mocha timeout).
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  browsers: wanted.map((name) => launchers[name.trim()]()),
  // scriptedResponder: /__respond/… answers the 4xx rows of the response table (submittingElementSuite);
  // contentHost: /__content/… serves the JSON files the hostile-input tests make up (test/security);
  // offlineViews: /offline/<key>/dist/… is dist/ without the survey's question views, the catalog's course list, the RSVP's event view and the tip's checks until told otherwise
  middleware: [copy2Version, offlineViews, testPages, cspVariants, scriptedResponder, contentHost],
  // keyboardPlugin: a keyboard test's tab comes to the front, one at a time (Firefox acts on keys only there)
  // forcedColorsPlugin: Windows high-contrast in a Chromium test page (test/forced-colors-plugin.mjs)
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    receiverPlugin(),
    jsonModules(),
    keyboardPlugin(),
    forcedColorsPlugin(),
  ],
};
