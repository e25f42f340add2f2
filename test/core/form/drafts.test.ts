import { expect } from '@open-wc/testing';
import {
  clearDraft,
  DRAFT_MAX_AGE_MS,
  DRAFT_PREFIX,
  draftKey,
  loadDraft,
  pruneDrafts,
  saveDraft,
} from '../../../src/core/form/drafts.js';
import { STORAGE_PREFIX } from '../../../src/core/local-data.js';

const DAY = 24 * 60 * 60 * 1000;
// Test files share one origin's storage: every key here is unique to this file and test.
let n = 0;
const key = (name: string) => draftKey(['drafts-test', `${name}-${Date.now()}-${n++}`, 'https://school.test/a:b?c']);

describe('drafts', () => {
  // sinon is not installed: a page cannot block its own storage, so blocking is simulated by hand.
  const originals = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
  afterEach(() => Object.assign(Storage.prototype, originals));

  it('keys are per form, under family-elements:draft:, and parts cannot run together', () => {
    expect(draftKey(['fall-survey', 'https://x.test/r', 'q1'])).to.equal(
      'family-elements:draft:fall-survey:https%3A%2F%2Fx.test%2Fr:q1',
    );
    expect(draftKey(['a:b', 'c'])).not.to.equal(draftKey(['a', 'b:c']));
    // so clearLocalData(), which removes every family-elements: key, removes drafts too
    expect(DRAFT_PREFIX.startsWith(STORAGE_PREFIX)).to.equal(true);
  });

  it('come back as saved, with savedAt, and go when cleared', () => {
    const k = key('roundtrip');
    const value = { answers: { q1: 'a', q2: { q2a: 4 } }, page: 1 };
    expect(saveDraft(k, value)).to.equal(true);
    const stored = JSON.parse(localStorage.getItem(k)!);
    expect(Math.abs(Date.parse(stored.savedAt) - Date.now())).to.be.below(5000);
    expect(loadDraft<typeof value>(k)).to.deep.equal(value);
    clearDraft(k);
    expect(localStorage.getItem(k)).to.equal(null);
    expect(loadDraft(k)).to.equal(undefined);
  });

  it('expire after 30 days: an old one is removed when read', () => {
    const old = key('old');
    const recent = key('recent');
    localStorage.setItem(old, JSON.stringify({ savedAt: new Date(Date.now() - 31 * DAY).toISOString(), value: 'x' }));
    localStorage.setItem(recent, JSON.stringify({ savedAt: new Date(Date.now() - 29 * DAY).toISOString(), value: 'y' }));
    expect(loadDraft(old)).to.equal(undefined);
    expect(localStorage.getItem(old)).to.equal(null);
    expect(loadDraft(recent)).to.equal('y');
    // 30 days is the limit, measured from savedAt
    expect(loadDraft(recent, Date.now() + DRAFT_MAX_AGE_MS)).to.equal(undefined);
    expect(localStorage.getItem(recent)).to.equal(null);
  });

  it('an unreadable entry is dropped, not thrown', () => {
    const broken = key('broken');
    const noDate = key('no-date');
    localStorage.setItem(broken, '{not json');
    localStorage.setItem(noDate, JSON.stringify({ value: 1 }));
    expect(loadDraft(broken)).to.equal(undefined);
    expect(loadDraft(noDate)).to.equal(undefined);
    expect(localStorage.getItem(broken)).to.equal(null);
    expect(localStorage.getItem(noDate)).to.equal(null);
  });

  it('saving prunes other expired drafts, so family data does not linger', () => {
    const stale = key('stale');
    localStorage.setItem(stale, JSON.stringify({ savedAt: new Date(Date.now() - 40 * DAY).toISOString(), value: 1 }));
    const k = key('fresh');
    saveDraft(k, 2);
    expect(localStorage.getItem(stale)).to.equal(null);
    pruneDrafts();
    expect(loadDraft(k)).to.equal(2);
    clearDraft(k);
  });

  it('a full storage quota does not throw: saving says false and the old draft stays', () => {
    const k = key('quota');
    saveDraft(k, 'small');
    // the real browser quota (about 5 MB per origin in both browsers)
    expect(saveDraft(k, 'x'.repeat(12 * 1024 * 1024))).to.equal(false);
    expect(loadDraft(k)).to.equal('small');
    clearDraft(k);
  });

  it('blocked storage (privacy settings, sandboxed frames) never throws', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.assign(Storage.prototype, { getItem: blocked, setItem: blocked, removeItem: blocked });
    const k = key('blocked');
    expect(saveDraft(k, 1)).to.equal(false);
    expect(loadDraft(k)).to.equal(undefined);
    expect(() => clearDraft(k)).not.to.throw();
    expect(() => pruneDrafts()).not.to.throw();
  });
});
