// Renders the benchmark survey with <family-survey> and records when all 60 questions are laid out.
await customElements.whenDefined('family-survey');
const t0 = performance.now();
const el = document.createElement('family-survey');
el.setAttribute('no-draft', '');
el.definition = window.__definition;
document.body.append(el);
// Every question kind renders one element with the class `question` (likert items are inside theirs).
// The DOM is watched, not updateComplete: that also waits for the lazily loaded checks, which a
// survey shows its questions without.
const count = () => el.shadowRoot?.querySelectorAll('.question').length ?? 0;
while (count() < 60) await new Promise((r) => setTimeout(r, 0));
void el.offsetHeight; // force layout
const t1 = performance.now();
window.__result = { render: t1 - t0, loadToRendered: t1, questions: count() };
