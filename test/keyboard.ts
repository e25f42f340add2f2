import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Real key presses, like sendKeys from @web/test-runner-commands, but in a tab
 * that acts on them (test/keyboard-plugin.mjs): Firefox ignores Space, arrows
 * and Enter in a background tab, and test files run two at a time. In Firefox
 * the test's tab comes to the front for each key command, one page at a time;
 * the element that has focus in the tab keeps it.
 */
export async function keys(payload: { press: string } | { type: string }): Promise<void> {
  await executeServerCommand('keys', payload);
}

/**
 * Brings the test's tab to the front (test/keyboard-plugin.mjs), where the
 * browser runs rendering steps again: ResizeObserver callbacks and
 * requestAnimationFrame wait for them, and test files run two at a time.
 */
export async function toFront(): Promise<void> {
  await executeServerCommand('front');
}

/** A button just before `el`, focused, so that the next Tab enters `el` as a family's would. Remove it afterwards. */
export function focusJustBefore(el: Element): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  return before;
}
