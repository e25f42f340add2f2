import { expect } from '@open-wc/testing';
import { cloneRendered } from '../../../src/components/homework-tip/print-card.js';
import { safeHref } from '../../../src/components/homework-tip/safe-href.js';
import { parseTip, unknownTipKeys } from '../../../src/components/homework-tip/tip-checks.js';
import { resolveContent } from '../../../src/components/homework-tip/tip-content.js';
import { defaultLanguage, tipLanguages } from '../../../src/components/homework-tip/tip-languages.js';
import { tipData } from '../../../src/components/homework-tip/tip-data.js';
import { tipPayload } from '../../../src/components/homework-tip/tip-form.js';

describe('homework-tip logic', () => {
  it('safeHref keeps http, https, mailto and tel, read the way the browser reads them', () => {
    const base = 'https://district.example/tips/math.json';
    expect(safeHref('HTTPS://School.example/a', base)).to.equal('https://school.example/a');
    expect(safeHref('  https://school.example/b  ', base)).to.equal('https://school.example/b');
    expect(safeHref('sheet.pdf', base)).to.equal('https://district.example/tips/sheet.pdf');
    expect(safeHref('mailto:room12@school.example', base)).to.equal('mailto:room12@school.example');
    expect(safeHref('tel:+1-555-0100', base)).to.equal('tel:+1-555-0100');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '\u0001javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<b>x</b>',
      'blob:https://school.example/1',
      'file:///etc/passwd',
      'ftp://school.example/a',
      'http://',
    ]) {
      expect(safeHref(bad, base), bad).to.equal(undefined);
    }
  });

  it('tipLanguages lists every language once, in reading order', () => {
    expect(
      tipLanguages({
        id: 't',
        subject: 'Math',
        title: { en: 'A', es: 'B' },
        steps: [{ EN: 'x', so: 'y' }],
        glossary: [{ term: { ar: 't' }, meaning: 'm' }],
      }),
    ).to.deep.equal(['en', 'es', 'so', 'ar']);
  });

  it('defaultLanguage follows the page, then English, then the first', () => {
    expect(defaultLanguage(['en', 'es'], 'es')).to.equal('es');
    expect(defaultLanguage(['en', 'es-MX'], 'es')).to.equal('es-MX');
    expect(defaultLanguage(['es', 'en'], 'vi')).to.equal('en');
    expect(defaultLanguage(['es', 'so'], 'vi')).to.equal('es');
  });

  it('resolveContent marks text whose language is not the page\'s', () => {
    const text = { en: 'Read', es: 'Lean', ar: 'اقرأ' };
    expect(resolveContent(text, 'en', 'en')).to.deep.equal({ text: 'Read' });
    expect(resolveContent(text, 'es', 'en')).to.deep.equal({ text: 'Lean', lang: 'es', dir: 'ltr' });
    expect(resolveContent(text, 'ar', 'en')).to.deep.equal({ text: 'اقرأ', lang: 'ar', dir: 'rtl' });
    // fell back to English on a Spanish card on an English page: English needs no mark
    expect(resolveContent({ en: 'Only English' }, 'es', 'en')).to.deep.equal({ text: 'Only English' });
    expect(resolveContent({ en: 'Only English' }, 'vi', 'vi')).to.deep.equal({
      text: 'Only English',
      lang: 'en',
      dir: 'ltr',
    });
    // a plain string has no known language
    expect(resolveContent('Plain', 'es', 'en')).to.deep.equal({ text: 'Plain' });
  });

  it('parseTip names each problem by path in words a webmaster can act on', () => {
    const result = parseTip({ id: '', subject: 'Math', title: 3, steps: 'one', links: [{ label: 'x' }] });
    expect('problems' in result).to.equal(true);
    const problems = 'problems' in result ? result.problems : [];
    expect(problems).to.deep.include({ path: 'id', problem: 'must not be empty' });
    expect(problems).to.deep.include({
      path: 'title',
      problem: 'expected text, or a map of language code to text ({"en": "…", "es": "…"})',
    });
    expect(problems).to.deep.include({ path: 'steps', problem: 'expected a list' });
    expect(problems).to.deep.include({ path: 'links.0.href', problem: 'is missing' });
    expect(unknownTipKeys({ id: 'a', titel: 'x', glossary: [{ term: 'a', meaning: 'b', note: 'c' }] })).to.deep.equal([
      'titel',
      'glossary.0.note',
    ]);
  });

  it('tipData holds only what each form is about, as it stands', () => {
    const answers = { helpful: true, comment: '  ', question: ' Why? ' };
    expect(tipData('feedback', 'tip-1', answers)).to.deep.equal({ tipId: 'tip-1', helpful: true });
    expect(tipData('question', 'tip-1', answers)).to.deep.equal({ tipId: 'tip-1', question: 'Why?' });
    // a comment written before yes or no was chosen
    expect(tipData('feedback', 'tip-1', { comment: ' Fun ', question: '' })).to.deep.equal({ tipId: 'tip-1', comment: 'Fun' });
  });

  it('tipPayload lets through only data the payload schema accepts', () => {
    expect(tipPayload({ tipId: 'tip-1', helpful: true })).to.deep.equal({ tipId: 'tip-1', helpful: true });
    expect(() => tipPayload({ tipId: '', helpful: true })).to.throw();
  });

  it('cloneRendered flattens slots and leaves out what does not belong on paper', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p slot="s">From the page</p>';
    const root = host.attachShadow({ mode: 'open' });
    // built with DOM calls: only text and elements the test controls
    const card = document.createElement('div');
    const heading = document.createElement('h2');
    heading.textContent = 'Title';
    const slot = document.createElement('slot');
    slot.name = 's';
    const button = document.createElement('button');
    button.className = 'no-print';
    button.textContent = 'Print';
    const hidden = document.createElement('section');
    hidden.hidden = true;
    hidden.textContent = 'hidden';
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    card.append(heading, slot, button, hidden, script, document.createComment('lit marker'));
    root.append(card);
    document.body.append(host);
    try {
      const doc = document.implementation.createHTMLDocument('print');
      const copy = cloneRendered(card, doc) as Element;
      expect(copy.ownerDocument).to.equal(doc);
      expect(copy.textContent).to.equal('TitleFrom the page');
      expect(copy.querySelector('slot, button, script, section')).to.equal(null);
      expect(copy.querySelector('p')!.textContent).to.equal('From the page');
    } finally {
      host.remove();
    }
  });
});
