import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/**
 * Real key presses for tests that operate an element by keyboard, in a tab that
 * acts on them (test/keyboard-plugin.mjs): Firefox ignores Space, arrows and
 * Enter in a background tab, and test files run two at a time.
 *
 *   await holdKeyboard();
 *   try { … await press(' '); … } finally { await releaseKeyboard(); }
 */
const needsFront = navigator.userAgent.includes('Firefox');

/** Brings this test's tab to the front and keeps it there until `releaseKeyboard()`. */
export async function holdKeyboard(): Promise<void> {
  if (needsFront) await executeServerCommand('keyboard', { hold: true });
}

export async function releaseKeyboard(): Promise<void> {
  if (needsFront) await executeServerCommand('keyboard', { hold: false });
}

/**
 * `sendKeys`, after making sure this tab is still in front: a tab the runner
 * opens for another test file comes to the front when it opens.
 */
export async function keys(payload: Parameters<typeof sendKeys>[0]): Promise<void> {
  if (needsFront && !document.hasFocus()) await holdKeyboard();
  await sendKeys(payload);
}
