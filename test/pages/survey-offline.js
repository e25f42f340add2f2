// test/pages/survey-offline.html: the built survey from /offline/<key>/dist/ (an external file: the CSP allows no inline script).
const key = new URLSearchParams(location.search).get('key');
await import(`/offline/${key}/dist/components/family-survey.js`);
