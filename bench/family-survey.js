// Renders the benchmark survey with <family-survey> and records when all 60 questions are laid out.
await customElements.whenDefined('family-survey');
const t0 = performance.now();
const el = document.createElement('family-survey');
el.setAttribute('no-draft', '');
el.definition = window.__definition;
document.body.append(el);
await el.updateComplete;
const updated = performance.now() - t0; // Lit's render and commit, before style and layout
// Every question kind renders one element with the class `question` (likert items are inside theirs).
const count = () => el.shadowRoot.querySelectorAll('.question').length;
while (count() < 60) {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
void el.offsetHeight; // force layout
const t1 = performance.now();
window.__result = { render: t1 - t0, updated, loadToRendered: t1, questions: count() };
