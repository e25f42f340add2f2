/**
 * `executeServerCommand('keyboard', { hold: true | false })`: gives a test page
 * the keyboard (see test/keyboard.ts).
 *
 * Firefox (driven over WebDriver BiDi) types into a field of a background tab,
 * but does not act on keys there: Space does not tick a box, arrows do not move
 * a radio choice, Enter does not submit (measured: a focused checkbox stays
 * unticked). Test files run two at a time, each in a tab of one window, so a
 * keyboard test brings its tab to the front first. Taking the front from the
 * other tab's keyboard test would break that one in turn, so the keyboard is
 * held by one page per browser at a time; the other waits until it is given
 * back, or until the holder has not renewed it for 60 s (a test that failed
 * without releasing it). Other browsers act on keys in any tab: nothing to do.
 */
export function keyboardPlugin() {
  /** browser launcher → { session id, expiry } */
  const holders = new Map();
  return {
    name: 'keyboard',
    async executeCommand({ command, payload, session }) {
      if (command !== 'keyboard') return undefined;
      const browser = session.browser;
      if (browser.name !== 'Firefox') return true;
      if (!payload?.hold) {
        if (holders.get(browser)?.session === session.id) holders.delete(browser);
        return true;
      }
      for (;;) {
        const holder = holders.get(browser);
        if (!holder || holder.session === session.id || holder.until < Date.now()) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      holders.set(browser, { session: session.id, until: Date.now() + 60_000 });
      await browser.getPage(session.id).bringToFront();
      return true;
    },
  };
}
