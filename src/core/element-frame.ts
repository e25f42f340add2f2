import { html, nothing, type TemplateResult } from 'lit';
import { languagePicker } from './i18n/language-picker.js';
import type { LocaleController } from './i18n/locale-controller.js';
import type { ThemeController } from './theme-controller.js';

export interface FrameHost {
  readonly localeController: LocaleController;
  readonly themeController: ThemeController;
  noLanguagePicker: boolean;
}

/**
 * The root box every element renders into: the active locale's `lang` and
 * `dir` (so Arabic lays out right to left whatever the page's direction), the
 * colour scheme class, and the language picker unless it is hidden.
 */
export function elementFrame(host: FrameHost, content: unknown): TemplateResult {
  const { locale, dir } = host.localeController;
  return html`<div class="root ${host.themeController.scheme}" part="base" lang=${locale} dir=${dir}>
    ${host.noLanguagePicker ? nothing : languagePicker()} ${content}
  </div>`;
}
