import { version } from './version.js';

declare global {
  interface Window {
    __familyElementsCopy?: symbol;
  }
}

const me = Symbol(`family-elements@${version}`);
let primary: boolean | undefined;

/**
 * Whether this module instance is the page's first copy of the library. A
 * second copy (loaded twice, or another version) registers nothing, starts
 * no outbox or locale work and leaves the first `window.FamilyElements`.
 */
export function isPrimaryCopy(): boolean {
  if (primary === undefined) {
    window.__familyElementsCopy ??= me;
    primary = window.__familyElementsCopy === me;
  }
  return primary;
}
