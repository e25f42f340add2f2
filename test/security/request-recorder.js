// Runs before the library on test/security/all-five.html: every request the page makes
// from here on lands in window.__requests, both what the browser loaded (resource timing,
// which also sees fonts, images and style sheets) and every attempt through the APIs a
// script can send with (so a request that failed still counts). `?lang=` sets <html lang>.
(() => {
  const requests = [];
  window.__requests = requests;
  const add = (how, url) => requests.push({ how, url: new URL(String(url), location.href).href });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) add(`resource:${entry.initiatorType}`, entry.name);
  }).observe({ type: 'resource', buffered: true });
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    add('fetch', input instanceof Request ? input.url : input);
    return fetch.call(this, input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    add('xhr', url);
    return open.call(this, method, url, ...rest);
  };
  const beacon = navigator.sendBeacon?.bind(navigator);
  if (beacon) navigator.sendBeacon = (url, data) => (add('beacon', url), beacon(url, data));
  for (const name of ['WebSocket', 'EventSource']) {
    const Original = window[name];
    window[name] = class extends Original {
      constructor(url, ...rest) {
        add(name, url);
        super(url, ...rest);
      }
    };
  }
  document.documentElement.lang = new URLSearchParams(location.search).get('lang') ?? 'en';
})();
