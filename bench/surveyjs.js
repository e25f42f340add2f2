// Renders the benchmark survey with SurveyJS and records when all 60 questions are laid out.

/** Renders one survey into a new box; resolves with the milliseconds until its 60 questions are laid out. */
function renderOne() {
  const t0 = performance.now();
  const container = document.createElement('div');
  document.body.append(container);
  SurveyUI.renderSurvey(new Survey.Model(window.__definition), container);
  return new Promise((resolve) => {
    const done = () => {
      if (container.querySelectorAll('.sd-question').length < 60) return requestAnimationFrame(done);
      void container.offsetHeight; // force layout
      resolve({ container, ms: performance.now() - t0 });
    };
    done();
  });
}

window.addEventListener('DOMContentLoaded', async () => {
  const first = await renderOne();
  const loadToRendered = performance.now();
  // Loaded only now, so it cannot delay the first render.
  const { renderAgain } = await import('./render-again.js');
  // The same survey rendered again on this page, as for family-survey.
  const { again, warm } = await renderAgain(async () => {
    const { container, ms } = await renderOne();
    return { ms, remove: () => container.remove() };
  });
  window.__result = { render: first.ms, loadToRendered, again, warm };
});
