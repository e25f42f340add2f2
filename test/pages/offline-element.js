// test/pages/*-offline.html: the built file of the page's element from
// /offline/<key>/dist/ (an external file: the CSP allows no inline script).
const key = new URLSearchParams(location.search).get('key');
await import(`/offline/${key}/dist/components/${document.body.firstElementChild.localName}.js`);
