import { expect } from '@open-wc/testing';
import type { FamilyCourseCatalog } from '../../../src/components/course-catalog/family-course-catalog.js';
import { holding, libraryFiles, openElementPage, staticFiles } from '../../pages/loaded-files.js';

/**
 * Before its courses can show, the catalog shows only its heading and that its
 * feed is loading: its file and what it imports statically hold neither the
 * course list's search, filters and cards nor the feed's checks. They come
 * with `import()` as the catalog connects (course-list.ts), in parallel with
 * the feed. The built per-element file (dist/, which `npm test` builds first)
 * on a page of its own, so that no other test's imports are in its module graph.
 */

const ENTRY = '/dist/components/family-course-catalog.js';

/** Text only the course list holds: message ids of its sort, "Show more", day names and the feed's checks. */
const LIST_MARKERS = ['catalog.sort.date', 'catalog.showMore', 'catalog.day.mon', 'catalog.problem.duplicate'];
/** Text the catalog's own file holds: its heading and its loading state. */
const ELEMENT_MARKERS = ['catalog.heading', 'catalog.loading'];

describe('<family-course-catalog> loads its course list with import() as it connects', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('its static files hold no course list; it comes with import() and the courses show', async () => {
    const files = await staticFiles(ENTRY);
    // control: the element's own words are found in them, so the markers are read right
    expect(await holding(files, ELEMENT_MARKERS), 'control').to.not.deep.equal([]);
    expect(await holding(files, LIST_MARKERS)).to.deep.equal([]);

    const page = await openElementPage<FamilyCourseCatalog>('/test/pages/catalog-alone.html', 'family-course-catalog');
    frame = page.frame;
    const shadow = page.el.shadowRoot!;
    expect(shadow.querySelector('.card h3')!.textContent).to.equal('Healthy cooking on a budget');
    expect(shadow.querySelector('select[name="sort"]')).to.exist;
    const lazy = libraryFiles(page.win).filter((url) => !files.has(url));
    expect(await holding(lazy, LIST_MARKERS), 'the course list came with import()').to.not.deep.equal([]);
  });
});
