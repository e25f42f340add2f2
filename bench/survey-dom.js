// The floor under the survey's timings: a copy of the DOM that <family-survey> rendered for the
// benchmark survey (window.__dom: its shadow root's HTML and style sheets), put into a fresh page
// with no script of ours, then laid out. However it is made, that DOM cannot appear faster here.
const pageReady = performance.now(); // navigation start → a page's first module script

const { html, css } = window.__dom;
const template = document.createElement('template');
template.innerHTML = html; // parsed before the clock starts: the floor counts no parsing either
const sheets = css.map((text) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
});
const host = document.createElement('div');
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
root.adoptedStyleSheets = sheets;

const t0 = performance.now();
root.append(document.importNode(template.content, true));
void host.offsetHeight; // force layout, as the survey pages do
const render = performance.now() - t0;
window.__result = { render, pageReady, questions: root.querySelectorAll('.question').length };
