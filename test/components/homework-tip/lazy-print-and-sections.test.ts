import { expect, fixture, html } from '@open-wc/testing';
import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import { holding, libraryFiles, staticFiles } from '../../pages/loaded-files.js';
import { bilingualTip, shadow, textOf } from './tip-fixtures.js';

/**
 * The card's first load is the card: the print card (print-card.ts) loads with
 * import() as it connects, and the sections only a tip given as data has
 * (tip-sections.ts: the glossary, the links, the switch for the card's own
 * language) load with its checks, which such a tip waits for anyway; a display
 * card from attributes never downloads them. The built per-element file
 * (dist/, which `npm test` builds first); this file imports no source of the
 * element (types only), so the built one is the only one on the page.
 */

const ENTRY = '/dist/components/family-homework-tip.js';

/** Text only the print card holds. */
const PRINT_MARKERS = ['@page', 'the print frame has no document'];
/** Text only the sections hold: their message ids and parts. */
const SECTION_MARKERS = ['tip.glossary', 'tip.links', 'tip.content-language', 'part="glossary"'];

/** Clicks Print with the dialog replaced by a capture of the prepared frame. */
function printedText(el: FamilyHomeworkTip): string {
  let captured: HTMLIFrameElement | undefined;
  el.printFrame = (frame) => (captured = frame);
  shadow(el).querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
  expect(captured, 'print was asked for').to.exist;
  return textOf(captured!.contentDocument!.body);
}

describe('<family-homework-tip> loads its print card and the sections of a tip given as data after its first load', function () {
  this.timeout(30_000);
  let files: Set<string>;
  before(async () => {
    await import(ENTRY);
    files = await staticFiles(ENTRY);
  });
  const loadedLater = () => libraryFiles().filter((url) => !files.has(url));

  it('its static files hold neither; a display card from attributes brings the print card, prints, and never loads the sections', async () => {
    const urls = [...files];
    // control: the card's own words are found in them, so the markers are read right
    expect(await holding(urls, ['tip.print', 'tip.steps']), 'control').to.not.deep.equal([]);
    expect(await holding(urls, PRINT_MARKERS)).to.deep.equal([]);
    expect(await holding(urls, SECTION_MARKERS)).to.deep.equal([]);

    const el = await fixture<FamilyHomeworkTip>(
      html`<family-homework-tip tip-id="coins" subject="Math" tip-title="Count the coins" no-language-picker></family-homework-tip>`,
    );
    expect(await holding(loadedLater(), PRINT_MARKERS), 'the print card came with import()').to.not.deep.equal([]);
    expect(printedText(el)).to.contain('Count the coins');
    expect(await holding(libraryFiles(), SECTION_MARKERS), 'a card from attributes has no such sections').to.deep.equal([]);
  });

  it('a tip given as data brings its sections with its checks: glossary, links and the language switch', async () => {
    const el = await fixture<FamilyHomeworkTip>(
      html`<family-homework-tip .tip=${bilingualTip} no-language-picker></family-homework-tip>`,
    );
    expect(await holding(loadedLater(), SECTION_MARKERS), 'the sections came with import()').to.not.deep.equal([]);
    expect(textOf(shadow(el).querySelector('[part="glossary"]'))).to.equal('Quarter One of four equal parts.');
    expect(shadow(el).querySelector<HTMLAnchorElement>('.links a')!.href).to.equal('https://games.example/fractions');
    const spanish = shadow(el).querySelector<HTMLButtonElement>('[part="content-language"] button[lang="es"]')!;
    spanish.click();
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part="title"]'))).to.equal('Fracciones en la cena');
    expect(spanish.getAttribute('aria-pressed')).to.equal('true');
    expect(printedText(el)).to.contain('Cuarto');
  });
});
