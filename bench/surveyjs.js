// Renders the benchmark survey with SurveyJS and records when all 60 questions are laid out.
window.addEventListener('DOMContentLoaded', () => {
  const t0 = performance.now();
  const model = new Survey.Model(window.__definition);
  const container = document.getElementById('survey');
  SurveyUI.renderSurvey(model, container);
  const done = () => {
    if (container.querySelectorAll('.sd-question').length < 60) return requestAnimationFrame(done);
    void container.offsetHeight; // force layout
    const t1 = performance.now();
    window.__result = { render: t1 - t0, loadToRendered: t1 };
  };
  done();
});
