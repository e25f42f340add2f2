// Runs inside print-csp.html (strict CSP with Trusted Types): prints the card
// into its frame and reports what the frame holds and every CSP violation.
import '../../../src/components/homework-tip/family-homework-tip.js';

const violations: string[] = [];
const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`);
document.addEventListener('securitypolicyviolation', record);

const settle = () => new Promise((r) => setTimeout(r, 200));

async function run() {
  const el = document.querySelector('family-homework-tip')!;
  await el.updateComplete;
  let frame: HTMLIFrameElement | undefined;
  el.printFrame = (f) => {
    frame = f;
    // violations in the frame are reported to the frame's own document, after this task
    f.contentDocument!.addEventListener('securitypolicyviolation', record);
  };
  el.print();
  await settle();
  const doc = frame!.contentDocument!;
  const printed = {
    text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim(),
    sheets: doc.adoptedStyleSheets.length,
    titleSize: getComputedStyle(doc.querySelector('h2')!).fontSize,
  };
  const before = [...violations];

  // Controls: Trusted Types really are enforced here, and the frame really inherits style-src 'self'.
  let trustedTypesEnforced = false;
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    trustedTypesEnforced = true;
  }
  const style = doc.createElement('style');
  style.textContent = 'h2 { color: red }';
  doc.head.append(style);
  await settle();
  parent.postMessage(
    { type: 'print-csp-report', printed, violations: before, trustedTypesEnforced, control: violations.slice(before.length) },
    '*',
  );
}

run().catch((error: unknown) => parent.postMessage({ type: 'print-csp-report', error: String(error) }, '*'));
