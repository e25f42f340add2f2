import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ColorScheme = 'light' | 'dark' | 'auto';

/**
 * Reads `--family-color-scheme` (light, dark or auto) from the page's theme.
 * CSS cannot branch on a custom property's value in every browser yet, so the
 * element reads it once connected and puts a class on its root box.
 */
export class ThemeController implements ReactiveController {
  scheme: ColorScheme = 'light';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const value = getComputedStyle(this.host).getPropertyValue('--family-color-scheme').trim();
    const scheme: ColorScheme = value === 'dark' || value === 'auto' ? value : 'light';
    if (scheme !== this.scheme) {
      this.scheme = scheme;
      this.host.requestUpdate();
    }
  }
}
