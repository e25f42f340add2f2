export interface PageReport {
  violations: string[];
  errors: string[];
  warnings: string[];
  rendered: { tag: string; text: string }[];
  api: string | null;
}

/** Opens one of test/pages/*.html in an iframe and waits for its report.js to answer. */
export function loadPage(path: string): Promise<PageReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${path} did not report`)), 8000);
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'test-page-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(e.data.report as PageReport);
    });
    frame.src = path;
    document.body.append(frame);
  });
}
