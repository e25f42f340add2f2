/**
 * `executeServerCommand('forced-colors', { active: true | false })`: Windows
 * high-contrast (forced colours) in the test's page, through the DevTools
 * protocol, which forces the page's colours as the system setting does.
 * emulateMedia from @web/test-runner-commands ignores `forcedColors` under
 * puppeteer, and puppeteer's own emulateMediaFeatures refuses the feature.
 * Chromium only: Firefox driven over WebDriver BiDi cannot emulate media, so
 * there the command answers false and the test says it was skipped.
 */
export function forcedColorsPlugin() {
  /** test session id → the DevTools session holding the emulation (it ends when that session detaches) */
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.name === 'Firefox') return false;
      const active = payload?.active === true;
      let cdp = sessions.get(session.id);
      if (!cdp && active) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      if (!cdp) return true;
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
      if (!active) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
