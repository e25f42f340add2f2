/**
 * `executeServerCommand('keys', { press: 'Enter' } | { type: 'Hola' })`: real key
 * presses, like sendKeys, in a tab that acts on them (see test/keyboard.ts).
 *
 * Firefox (driven over WebDriver BiDi) types into a field of a background tab,
 * but does not act on keys there: Space does not tick a box, arrows do not move
 * a radio choice, Enter does not submit (measured: a focused checkbox stays
 * unticked). Test files run two at a time, each in a tab of one window, so in
 * Firefox this command brings the test's tab to the front for the keys. Two
 * tabs must not take the front from each other in the middle of a key press,
 * so the keys of one page per browser are sent at a time; the other page's
 * keys wait for them (a few hundred ms). Other browsers act on keys in any
 * tab: there the keys are just sent.
 *
 * `executeServerCommand('front')`: the test's tab comes to the front (any
 * browser), for what only runs in a rendering step, like a ResizeObserver.
 */
export function keyboardPlugin() {
  /** browser launcher → the tail of its queue of key commands */
  const queues = new Map();
  async function send(page, payload) {
    if (typeof payload?.type === 'string') await page.keyboard.type(payload.type);
    else if (typeof payload?.press === 'string') await page.keyboard.press(payload.press);
    else throw new Error(`keys: expected { press } or { type }, got ${JSON.stringify(payload)}`);
  }
  return {
    name: 'keyboard',
    async executeCommand({ command, payload, session }) {
      if (command !== 'keys' && command !== 'front') return undefined;
      const browser = session.browser;
      const page = browser.getPage(session.id);
      if (command === 'front') {
        // A page that needs a rendering step (ResizeObserver, requestAnimationFrame),
        // which no browser runs in a background tab: to the front, in turn with key commands.
        const previous = queues.get(browser) ?? Promise.resolve();
        const mine = previous.then(() => page.bringToFront());
        queues.set(browser, mine.catch(() => undefined));
        await mine;
        return true;
      }
      if (browser.name !== 'Firefox') {
        await send(page, payload);
        return true;
      }
      const previous = queues.get(browser) ?? Promise.resolve();
      const mine = previous.then(async () => {
        await page.bringToFront();
        await send(page, payload);
      });
      // the next page's keys wait for these, whether they worked or not
      queues.set(browser, mine.catch(() => undefined));
      await mine;
      return true;
    },
  };
}
