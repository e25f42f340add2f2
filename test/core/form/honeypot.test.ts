import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { honeypotFilled } from '../../../src/core/form/honeypot.js';
import './fixture-form.js';
import type { TestFixtureForm } from './fixture-form.js';

describe('honeypot', () => {
  it('is a plausible text field that no person sees, reaches by Tab, or hears', async () => {
    const el = await fixture<TestFixtureForm>(html`<test-fixture-form></test-fixture-form>`);
    const root = el.shadowRoot!;
    const box = root.querySelector<HTMLElement>('[data-honeypot]')!;
    const input = box.querySelector('input')!;
    expect(input.name).to.equal('website');
    expect(input.type).to.equal('text');
    expect(input.getAttribute('tabindex')).to.equal('-1');
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    // off-screen, not merely transparent
    const rect = box.getBoundingClientRect();
    expect(rect.bottom).to.be.below(0);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);

    // Tab from the last day goes to the Send button, never into the honeypot
    root.querySelector<HTMLInputElement>('#day-wed')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(root.querySelector('button[type=submit]'));

    expect(honeypotFilled(root)).to.equal(false);
    input.value = 'https://spam.example';
    expect(honeypotFilled(root)).to.equal(true);
    expect(honeypotFilled(null)).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
