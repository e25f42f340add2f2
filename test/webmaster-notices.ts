/**
 * What the webmaster is told while a test runs: console warnings and
 * `family-error` events reaching the document. `stop()` puts console.warn back.
 */
export function recordWebmasterNotices(): { warnings: string[]; errors: CustomEvent[]; stop(): void } {
  const warnings: string[] = [];
  const errors: CustomEvent[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  const listener = (e: Event) => errors.push(e as CustomEvent);
  document.addEventListener('family-error', listener);
  return {
    warnings,
    errors,
    stop() {
      console.warn = warn;
      document.removeEventListener('family-error', listener);
    },
  };
}
