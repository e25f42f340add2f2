import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { render, type LitElement } from 'lit';
import { setLocale } from '../../src/core/i18n/localization.js';
import { allLocales } from '../../src/core/i18n/locales.js';
import { configureOutbox } from '../../src/core/submit/outbox.js';

/**
 * The stories are the accessibility test matrix (Spectrum's habit): every
 * story of a stories file is rendered the way Storybook renders it (meta args
 * + story args, its `render`, then its `play`), and axe checks it against
 * WCAG 2.2 AA in every UI locale. A failure is named by Storybook's story id
 * and the locale, e.g. `axe: elements-family-survey--sent › ar`. One test file
 * per stories file (test/stories/*.axe.test.ts), so the runner spreads them.
 */
const WCAG_22_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
  // Speed (the matrix runs hundreds of times per browser): no iframes here, no
  // asset preloading, and selectors only when reporting a failure.
  iframes: false,
  preload: false,
  selectors: false,
};

// What the test needs of a stories file; the real types (Meta, StoryObj) are Storybook's.
type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
  play?: (context: unknown) => unknown;
}
interface MetaLike extends StoryLike {
  title: string;
  component?: string;
}

/** Storybook's story id (as in its URL, `?path=/story/<id>`): `elements-family-survey--validation-errors`. */
const sanitize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const storyId = (title: string, name: string) =>
  `${sanitize(title)}--${sanitize(name.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2'))}`;

/**
 * Colour contrast is by far the slowest rule and does not depend on the words
 * or their direction: translations change text, not colours. It runs in
 * English; every other rule runs in every locale.
 */
const CONTRAST_LOCALES: readonly string[] = ['en'];

let axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } | undefined;
async function runAxe(target: Element, locale: string): Promise<AxeResults['violations']> {
  if (!axe) {
    await import('axe-core/axe.min.js');
    axe = (window as unknown as { axe: typeof axe }).axe;
  }
  const options: RunOptions = CONTRAST_LOCALES.includes(locale)
    ? WCAG_22_AA
    : { ...WCAG_22_AA, rules: { 'color-contrast': { enabled: false } } };
  const { violations } = await axe!.run(target, options);
  // Run again with selectors, so the failure names the nodes.
  return violations.length ? (await axe!.run(target, { ...options, selectors: true })).violations : violations;
}

function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/**
 * One macrotask later. Not `setTimeout`: test files run in background tabs,
 * where Firefox delays timers by up to a second, hundreds of times per file.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Waits until every family-* element in the story has rendered. */
async function settled(root: Element): Promise<void> {
  const found = [...root.querySelectorAll<LitElement>('*')].filter((el) => el.localName.startsWith('family-'));
  await Promise.all(found.map((el) => el.updateComplete));
  // A locale switch may re-render twice (strings, then content resolved for the new locale).
  await nextTask();
  await Promise.all(found.map((el) => el.updateComplete));
}

function mount(meta: MetaLike, story: StoryLike, name: string): HTMLElement {
  const canvasElement = document.createElement('div');
  canvasElement.id = `story-${name}`;
  document.body.append(canvasElement);
  const args = { ...meta.args, ...story.args };
  const renderStory = story.render ?? meta.render;
  if (renderStory) {
    render(renderStory(args, { args, canvasElement, id: storyId(meta.title, name), name, globals: {} }), canvasElement);
  } else if (meta.component) {
    canvasElement.append(Object.assign(document.createElement(meta.component), args));
  }
  return canvasElement;
}

/** Registers the axe tests for every story of one stories file. */
export function storyMatrix(file: Record<string, unknown>): void {
  before(async () => {
    // axe checks colour contrast and target size only for what is on screen (axe-core 4.11.3+),
    // and Firefox's run misjudged targets below the fold as obscured: a tall viewport keeps
    // every story on screen, so the whole story is checked.
    await setViewport({ width: 1024, height: 3200 });
    // Stories that queue a submission use the outbox; this file's is its own.
    configureOutbox({ dbName: `stories-axe-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}` });
  });

  const meta = file.default as MetaLike;
  const stories = Object.entries(file as Record<string, unknown>).filter(
    (entry): entry is [string, StoryLike] => entry[0] !== 'default' && typeof entry[1] === 'object' && entry[1] !== null,
  );

  for (const [name, story] of stories) {
    describe(`axe: ${storyId(meta.title, name)}`, function () {
      this.timeout(20_000);
      let canvasElement: HTMLElement;

      before(async () => {
        await setLocale('en', { remember: false });
        canvasElement = mount(meta, story, name);
        await settled(canvasElement);
        await story.play?.({ canvasElement, args: { ...meta.args, ...story.args } });
        await settled(canvasElement);
      });
      after(() => {
        render(null, canvasElement);
        canvasElement.remove();
      });

      for (const locale of allLocales) {
        it(locale, async () => {
          await setLocale(locale, { remember: false });
          await settled(canvasElement);
          // Lay the page out (that asks for the locale's fonts, e.g. CJK), then wait for them:
          // axe measures targets, and a font arriving mid-check moves them.
          canvasElement.getBoundingClientRect();
          await document.fonts.ready;
          window.scrollTo(0, 0);
          const violations = await runAxe(canvasElement, locale);
          expect(violations, `${storyId(meta.title, name)} in ${locale}:\n${describeViolations(violations)}`).to.be.empty;
        });
      }
    });
  }
}
