import { expect } from '@open-wc/testing';
import { elements } from '../../elements.config.mjs';
import * as playground from '../../stories/playground.stories.js';
import { storyMatrix } from './story-matrix.js';

/**
 * The accessibility matrix: every story of every stories file, in every
 * locale, through axe (story-matrix.ts). Each element's stories run in their
 * own file (`<tag>.axe.test.ts`) so the test runner spreads the work; this
 * file checks that every element has one, and covers the remaining stories.
 */
describe('stories', () => {
  it('every element has its stories and their axe matrix', async () => {
    for (const tag of Object.keys(elements)) {
      const stories = (await import(/* a path built at run time: the test server serves the .ts */ `../../stories/${tag}.stories.ts`)) as { default: { component?: string } };
      expect(stories.default.component, `stories/${tag}.stories.ts`).to.equal(tag);
      const matrix = await fetch(new URL(`./${tag}.axe.test.ts`, import.meta.url));
      expect(matrix.ok, `test/stories/${tag}.axe.test.ts`).to.be.true;
    }
  });
});

storyMatrix(playground);
