// First render of the catalog with window.__courses (5,000 from bench/courses.mjs),
// then a search typed one key at a time: each keystroke is timed from its input
// event to the element's updateComplete plus layout, as a family would wait for it.
const tick = () => new Promise((r) => setTimeout(r, 0));
await customElements.whenDefined('family-course-catalog');
const el = document.createElement('family-course-catalog');
el.setAttribute('no-language-picker', '');
el.setAttribute('endpoint', '/bench/none');
document.body.append(el);
await el.updateComplete;
// A catalog's feed comes from `src`: it arrives some time after the element connects (here
// window.__feedDelay ms; 0 sets `.courses` at once, as a page holding the data could).
if (window.__feedDelay) await new Promise((r) => setTimeout(r, window.__feedDelay));

const t0 = performance.now();
el.courses = window.__courses;
await el.updateComplete;
while (!el.shadowRoot.querySelector('.card')) {
  await tick();
  await el.updateComplete;
}
void document.body.offsetHeight; // layout
const firstRender = performance.now() - t0;
const shownAtFirst = el.shadowRoot.querySelectorAll('.card').length;

// Let the deferred search index finish before typing, as a family would take a moment.
await new Promise((r) => setTimeout(r, 300));
const input = el.shadowRoot.querySelector('input[type="search"]');
const keystrokes = [];
for (const ch of 'reading') {
  input.value += ch;
  const start = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  void document.body.offsetHeight;
  keystrokes.push(performance.now() - start);
  await new Promise((r) => setTimeout(r, 50)); // a family's typing pace
}
window.__result = { firstRender, keystrokes, shownAtFirst, shownAfter: el.shadowRoot.querySelectorAll('.card').length };
