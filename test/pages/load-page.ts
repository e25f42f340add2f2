export interface PageReport {
  violations: string[];
  errors: string[];
  warnings: string[];
  rendered: { tag: string; text: string }[];
  api: string | null;
}

/**
 * Opens one of test/pages/*.html in an iframe and waits for its report.js to answer.
 *
 * The page has `settleMs` from its load event (its modules fetched and run) to
 * report. Fetching the built library is not the page's work: it is about 27
 * chunks in four rounds from the test server, which with two test files at once
 * in each of two browsers on two cores alone took 4 to more than 8 s; the
 * calling test's own timeout bounds that part.
 */
export function loadPage(path: string, settleMs = 8000): Promise<PageReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'test-page-report') return;
      window.removeEventListener('message', onMessage);
      settled = true;
      clearTimeout(timer);
      resolve(e.data.report as PageReport);
    });
    frame.addEventListener(
      'load',
      () => {
        if (settled) return;
        timer = setTimeout(() => reject(new Error(`${path} loaded but did not report within ${settleMs} ms`)), settleMs);
      },
      { once: true },
    );
    frame.src = path;
    document.body.append(frame);
  });
}
