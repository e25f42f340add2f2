/**
 * `el.focus()` and `el.blur()` for tests, with the focus events a person's
 * focus change fires, also in a background tab.
 *
 * web-test-runner runs test files two at a time, each in a tab of one browser
 * window, and the tab in the background does not have the focus
 * (`document.hasFocus()` is false). There Chromium and Firefox still move
 * `activeElement`, but fire no focus, focusin, blur or focusout event, so an
 * element that reacts to leaving a field (errors show "after the field was
 * changed and left") never hears of it, and the test passes or fails depending
 * on which tab it got. These helpers dispatch the events themselves only when
 * the browser did not, so the element sees each event exactly once either way.
 */

function root(el: Element): Document | ShadowRoot {
  return el.getRootNode() as Document | ShadowRoot;
}

function moveFocus(el: HTMLElement, move: 'focus' | 'blur', bubbling: 'focusin' | 'focusout'): void {
  let fired = false;
  const seen = () => (fired = true);
  el.addEventListener(move, seen);
  try {
    el[move]();
  } finally {
    el.removeEventListener(move, seen);
  }
  if (fired) return;
  el.dispatchEvent(new FocusEvent(move, { composed: true }));
  el.dispatchEvent(new FocusEvent(bubbling, { bubbles: true, composed: true }));
}

/** Focuses `el` (as a click or Tab would) and makes sure focus and focusin reach it. */
export function focusField(el: HTMLElement): void {
  if (root(el).activeElement === el) return;
  moveFocus(el, 'focus', 'focusin');
  if (root(el).activeElement !== el) throw new Error(`focusField: ${el.localName} cannot take focus`);
}

/** Leaves the focused `el` and makes sure blur and focusout reach it. */
export function leaveField(el: HTMLElement): void {
  if (root(el).activeElement !== el) throw new Error(`leaveField: ${el.localName} does not have focus`);
  moveFocus(el, 'blur', 'focusout');
}
