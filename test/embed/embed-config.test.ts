import { expect } from '@open-wc/testing';
import { planEmbed } from '../../src/embed/embed-config.js';

const page = 'https://district.example/family-elements/dist/embed.html';
const plan = (query: string, config = {}) => planEmbed(new URLSearchParams(query), page, config);

describe('embed.html query planning', () => {
  it('passes on an element and its own attributes only', () => {
    const p = plan('element=family-homework-tip&tip-title=Coins&subject=Math&onclick=alert(1)&title=x');
    expect(p).to.deep.equal({
      ok: true,
      tag: 'family-homework-tip',
      attributes: [
        ['subject', 'Math'],
        ['tip-title', 'Coins'],
      ],
      theme: [],
    });
  });

  it('refuses unknown elements', () => {
    expect(plan('element=script')).to.deep.equal({ ok: false, problem: 'element', detail: 'script' });
  });

  it('accepts endpoints and src on its own origin, resolved', () => {
    const p = plan('element=family-survey&endpoint=/api/answers&src=surveys/fall.json');
    expect(p.ok && p.attributes).to.deep.equal([
      ['endpoint', 'https://district.example/api/answers'],
      ['src', 'https://district.example/family-elements/dist/surveys/fall.json'],
    ]);
  });

  it('refuses endpoints elsewhere unless allowlisted', () => {
    expect(plan('element=family-survey&endpoint=https://evil.example/collect').ok).to.equal(false);
    expect(plan('element=family-survey&src=javascript:alert(1)').ok).to.equal(false);
    expect(plan('element=family-survey&endpoint=//evil.example/x').ok).to.equal(false);
    const ok = plan('element=family-survey&endpoint=https://forms.district.example/in', {
      allowedOrigins: ['https://forms.district.example'],
    });
    expect(ok.ok).to.equal(true);
  });

  it('themes by query parameters or the config, with safe values only', () => {
    const p = plan('element=family-survey&theme-color-primary=%23005a4c&theme-font=url(x);}&theme-radius=0', {
      theme: { 'color-text': '#222' },
    });
    expect(p.ok && p.theme).to.deep.equal([
      ['--family-color-text', '#222'],
      ['--family-color-primary', '#005a4c'],
      ['--family-radius', '0'],
    ]);
  });
});
