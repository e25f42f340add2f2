import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ensureLocale, getLocale } from './localization.js';
import { dirOf } from './locales.js';

/**
 * Gives an element the page's one UI locale: the first element to connect
 * resolves it (CONTRACT.md §4); every element renders with its `lang`/`dir`.
 * Re-rendering on a switch is done by `@localized()` on the element class.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    void ensureLocale(this.host);
  }

  get locale(): string {
    return getLocale();
  }

  get dir(): 'ltr' | 'rtl' {
    return dirOf(getLocale());
  }
}
