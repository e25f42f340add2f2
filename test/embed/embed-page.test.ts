import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import { toFront } from '../keyboard.js';

// The built dist/embed.html in an iframe, with dist/embed-resizer.js on this page.
function frame(query: string, height = 150): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = `/dist/embed.html?${query}`;
  iframe.title = 'family-elements embed';
  iframe.height = String(height);
  document.body.append(iframe);
  return iframe;
}

describe('dist/embed.html', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/embed-resizer.js`);
  });

  it('renders the element from the query string and the resizer applies its height', async () => {
    const iframe = frame('element=family-homework-tip&tip-title=Count%20the%20coins&subject=Math&minutes=15');
    await waitUntil(() => iframe.contentDocument?.querySelector('family-homework-tip')?.shadowRoot?.textContent?.includes('Count the coins'), 'element rendered', { timeout: 5000 });
    const content = () => iframe.contentDocument!.documentElement.scrollHeight;
    await toFront(); // the frame reports its height from a ResizeObserver, which waits for a rendering step
    await waitUntil(() => Math.abs(parseInt(iframe.style.height || '0', 10) - content()) < 5, 'height applied', {
      timeout: 5000,
    });
    expect(content()).to.be.greaterThan(150);
    iframe.remove();
  });

  it('refuses an endpoint on another site and says so, without rendering a form', async () => {
    const iframe = frame('element=family-homework-tip&tip-title=X&endpoint=https%3A%2F%2Fevil.example%2Fcollect');
    await waitUntil(() => iframe.contentDocument?.querySelector('.embed-error'), 'problem shown', { timeout: 5000 });
    expect(iframe.contentDocument!.querySelector('.embed-error')!.textContent).to.contain('https://evil.example/collect');
    expect(iframe.contentDocument!.querySelector('family-homework-tip')).to.equal(null);
    iframe.remove();
  });

  it('ignores resize messages that do not come from the iframe', async () => {
    const iframe = frame('element=nothing-here');
    await waitUntil(() => iframe.contentDocument?.querySelector('.embed-error'), 'problem shown', { timeout: 5000 });
    await toFront();
    await waitUntil(() => iframe.style.height !== '', 'height applied', { timeout: 5000 });
    const before = iframe.style.height;
    window.postMessage({ type: 'family-elements:resize', height: 5000 }, '*');
    await new Promise((r) => setTimeout(r, 100));
    expect(iframe.style.height).to.equal(before);
    iframe.remove();
  });
});
