import { expect } from '@open-wc/testing';
import { DEFAULT_VIEW, type CatalogView } from '../../../src/components/course-catalog/catalog-view.js';
import { decodeHash, encodeHash, isOwnHash } from '../../../src/components/course-catalog/hash-state.js';

describe('catalog view in the URL hash', () => {
  it('writes only what differs from the default, as #<form-id>:…', () => {
    expect(encodeHash('parent-u', DEFAULT_VIEW)).to.equal('');
    expect(encodeHash('parent-u', { ...DEFAULT_VIEW, query: 'math', format: 'online' })).to.equal(
      '#parent-u:q=math&format=online',
    );
  });

  it('round-trips every field, including accents, spaces and & in the search', () => {
    const view: CatalogView = {
      query: 'inglés & más',
      category: 'parents-as-learners',
      language: 'zh-Hant',
      format: 'hybrid',
      location: 'cesar-chavez-community-center',
      day: 6,
      childcare: true,
      sort: 'title',
    };
    const hash = encodeHash('fall catalog', view);
    expect(hash.startsWith('#fall%20catalog:')).to.equal(true);
    expect(decodeHash('fall catalog', hash)).to.deep.equal(view);
    // as the browser gives it back from location.hash after a navigation
    const url = new URL(`https://district.example/families${hash}`);
    expect(decodeHash('fall catalog', url.hash)).to.deep.equal(view);
  });

  it('leaves other hashes alone: page anchors and other catalogs', () => {
    expect(isOwnHash('parent-u', '#top')).to.equal(false);
    expect(decodeHash('parent-u', '#top')).to.equal(undefined);
    expect(decodeHash('parent-u', '#parent-u-2:q=x')).to.equal(undefined);
    expect(decodeHash('parent-u', '')).to.equal(undefined);
  });

  it('ignores unknown keys and bad values', () => {
    expect(decodeHash('c', '#c:format=teleport&day=someday&sort=random&zzz=1')).to.deep.equal(DEFAULT_VIEW);
  });
});
