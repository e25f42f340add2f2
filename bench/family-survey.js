// Renders the benchmark survey with <family-survey> and records when all 60 questions are laid out.
await customElements.whenDefined('family-survey');

/** Renders one survey; resolves with the milliseconds until its 60 questions are laid out. */
async function renderOne(formId) {
  const t0 = performance.now();
  const el = document.createElement('family-survey');
  el.setAttribute('no-draft', '');
  if (formId) el.setAttribute('form-id', formId);
  el.definition = window.__definition;
  document.body.append(el);
  // Every question kind renders one element with the class `question` (likert items are inside theirs).
  // The DOM is watched, not updateComplete: that also waits for the lazily loaded checks, which a
  // survey shows its questions without.
  const count = () => el.shadowRoot?.querySelectorAll('.question').length ?? 0;
  while (count() < 60) await new Promise((r) => setTimeout(r, 0));
  void el.offsetHeight; // force layout
  return { el, ms: performance.now() - t0, questions: count() };
}

const first = await renderOne();
const loadToRendered = performance.now();
// Loaded only now, so it cannot delay the first render.
const { renderAgain } = await import('./render-again.js');
// The same survey rendered again on this page: what rendering itself costs, apart from the first
// time's loading and setting up.
const { again, warm } = await renderAgain(async (i) => {
  const { el, ms } = await renderOne(`again-${i}`);
  return { ms, remove: () => el.remove() };
});
window.__result = { render: first.ms, loadToRendered, questions: first.questions, again, warm };
