import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { receiverPlugin } from './test/receiver-plugin.mjs';
import { scriptedResponder } from './test/core/submit/responder.mjs';
import { jsonModules } from './test/stories/json-modules.mjs';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: wanted.map((name) => launchers[name.trim()]()),
  // scriptedResponder: /__respond/… answers the 4xx rows of the response table (submittingElementSuite)
  middleware: [testPages, scriptedResponder],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), receiverPlugin(), jsonModules()],
};
