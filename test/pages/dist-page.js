// test/distribution/: loaded first on the distribution pages (an external file: the CSP
// allows no inline script). Records CSP violations, uncaught errors and console warnings on
// window.__pageReport for the parent test (same origin) to read at any time, and points every
// [data-submits] element at the reference receiver given as ?receiver=, with ?run= form ids.
const report = { violations: [], errors: [], warnings: [] };
window.__pageReport = report;
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

const params = new URLSearchParams(location.search);
const receiver = params.get('receiver');
const run = params.get('run') ?? 'run';
for (const el of document.querySelectorAll('[data-submits]')) {
  if (receiver) el.setAttribute('endpoint', `${receiver}/api/submissions`);
  el.setAttribute('form-id', `${run}-${el.localName}`);
}
