import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { FamilyElements } from '../../src/index.js';

describe('guarded registration', () => {
  it('never throws on a second definition and warns once', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      class C extends HTMLElement {}
      define('test-guarded-a', A);
      define('test-guarded-a', A); // same class again: silent
      expect(warnings).to.have.length(0);
      define('test-guarded-a', B);
      define('test-guarded-a', C);
      expect(customElements.get('test-guarded-a')).to.equal(A);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('already defined');
    } finally {
      console.warn = warn;
    }
  });

  it('installs window.FamilyElements with the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(window.FamilyElements).to.equal(FamilyElements);
    expect(FamilyElements.version).to.equal(pkg.version);
    expect(FamilyElements.getLocale()).to.equal('en');
  });
});
