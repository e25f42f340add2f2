// Loaded first on the test pages: records CSP violations, uncaught errors and
// console warnings, then reports them (and what rendered) to the parent test.
const report = { violations: [], errors: [], warnings: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  report.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
});
window.addEventListener('error', (e) => report.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  report.warnings.push(args.map(String).join(' '));
  warn(...args);
};

window.addEventListener('load', async () => {
  const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter((t) =>
    t.startsWith('family-'),
  );
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const elements = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
  await Promise.all(elements.map((el) => el.updateComplete));
  // give lazily loaded locale modules and late violations a moment
  await new Promise((r) => setTimeout(r, 300));
  report.rendered = elements.map((el) => ({
    tag: el.localName,
    text: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : '',
  }));
  report.api = window.FamilyElements ? window.FamilyElements.version : null;
  parent.postMessage({ type: 'test-page-report', report }, '*');
});
